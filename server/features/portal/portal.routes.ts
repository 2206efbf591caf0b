import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordBodySchema, forgotPasswordBodySchema, languageChoiceSchema, loginBodySchema, messageResponseSchema } from '../../../shared/features/auth/auth.contract.ts';
import { chooseLanguage } from '../../platform/auth/language-choice.ts';
import {
  acceptInvitationBodySchema,
  emailChangeBodySchema,
  portalAccountInputSchema,
  portalInfoSchema,
  portalLocationSchema,
  portalMeSchema,
  portalSlugParamsSchema,
  tokenBodySchema,
} from '../../../shared/features/auth/portal-auth.contract.ts';
import type { AppContext } from '../../context.ts';
import { clearSessionCookie, clientOf, endPresentedSession, requirePortalUser, setSessionCookie } from '../../http/auth.ts';
import { localize, message } from '../../http/errors.ts';
import { errorResponses } from '../../http/openapi.ts';
import { changePassword, logout, requestPasswordReset, resetRequestedMessage } from '../../platform/auth/credentials.ts';
import { brandingOf } from '../../platform/tenants/branding.ts';
import { toCompanySummary } from '../../platform/tenants/tenants.repository.ts';
import * as portal from './portal.service.ts';

export function registerPortalRoutes(root: FastifyInstance, ctx: AppContext, deps: { contactDetailsChanged: portal.ContactDetailsChanged }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Portal'];
  const params = portalSlugParamsSchema;

  /** The tenant of the portal address and its signed-in user, refusing a closed portal. */
  async function signedIn(request: Parameters<typeof requirePortalUser>[1], slug: string, options?: { allowViewAsWrite?: boolean }) {
    const tenant = await portal.portalTenant(ctx, slug);
    portal.assertPortalOpen(tenant);
    return { tenant, actor: await requirePortalUser(ctx, request, tenant.id, options) };
  }

  app.get('/api/portal/:slug', {
    schema: { tags, summary: 'Public branding of a company’s portal', params, response: { 200: portalInfoSchema, ...errorResponses } },
  }, async (request) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    return { company: toCompanySummary(tenant), portalEnabled: tenant.portal_enabled, branding: brandingOf(tenant) };
  });

  app.get('/api/portal/:slug/logo', {
    schema: { tags, summary: 'The company’s logo image', params },
  }, async (request, reply) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    const logo = await portal.portalLogo(ctx, tenant);
    return reply
      .type('image/png')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('content-disposition', 'inline; filename="logo.png"')
      .send(logo);
  });

  app.get('/api/portal/:slug/manifest', {
    schema: { tags, summary: 'The web app manifest that installs a company’s portal on a phone', params },
  }, async (request, reply) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    // Revalidated on each read, so a new name or colour reaches the installed app.
    return reply.type('application/manifest+json').header('cache-control', 'no-cache').send(JSON.stringify(portal.portalManifest(tenant)));
  });

  app.post('/api/portal/:slug/login', {
    schema: { tags, summary: 'Sign in as a portal user', params, body: loginBodySchema, response: { 200: portalMeSchema, ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    const { token, me } = await portal.loginPortal(ctx, tenant, request.body, clientOf(request));
    await endPresentedSession(ctx, request, 'portal');
    setSessionCookie(ctx, reply, 'portal', token);
    return me;
  });

  app.post('/api/portal/:slug/accept-invitation', {
    schema: { tags, summary: 'Set the first password from an invitation link, and sign in', params, body: acceptInvitationBodySchema, response: { 200: portalMeSchema, ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    const { token, me } = await portal.acceptInvitation(ctx, tenant, request.body.token, request.body.password, clientOf(request));
    await endPresentedSession(ctx, request, 'portal');
    setSessionCookie(ctx, reply, 'portal', token);
    return me;
  });

  app.get('/api/portal/:slug/me', {
    schema: { tags, summary: 'The signed-in portal user, their accounts and locations', params, response: { 200: portalMeSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await signedIn(request, request.params.slug);
    return portal.portalMe(ctx, tenant, actor);
  });

  app.get('/api/portal/:slug/locations/:locationId', {
    schema: {
      tags,
      summary: 'One location of the signed-in portal user, with its features',
      params: params.extend({ locationId: z.string().min(1).max(64) }),
      response: { 200: portalLocationSchema, ...errorResponses },
    },
  }, async (request) => {
    const { actor } = await signedIn(request, request.params.slug);
    return portal.portalLocation(ctx, actor, request.params.locationId);
  });

  app.put('/api/portal/:slug/account', {
    schema: { tags, summary: 'Change name and phone; with the company’s switch on, a change opens a request for the office', params, body: portalAccountInputSchema, response: { 200: portalMeSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await signedIn(request, request.params.slug);
    return portal.updateAccount(ctx, tenant, actor, request.body, deps.contactDetailsChanged);
  });

  app.post('/api/portal/:slug/account/email', {
    schema: { tags, summary: 'Ask to change the sign-in email (confirmed by a link to the new address)', params, body: emailChangeBodySchema, response: { 202: messageResponseSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = await signedIn(request, request.params.slug);
    await portal.requestEmailChange(ctx, actor, request.body.newEmail, request.body.currentPassword, clientOf(request));
    return reply.status(202).send({ message: localize(request, portal.emailChangeRequestedMessage) });
  });

  app.post('/api/portal/:slug/confirm-email', {
    schema: { tags, summary: 'Confirm a new sign-in email from the emailed link', params, body: tokenBodySchema, response: { 200: messageResponseSchema, ...errorResponses } },
  }, async (request) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    await portal.confirmEmailChange(ctx, tenant, request.body.token, clientOf(request));
    return { message: localize(request, message('messages.emailChanged')) };
  });

  app.post('/api/portal/:slug/logout', {
    schema: { tags, summary: 'Sign out of the portal', params, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    const actor = await requirePortalUser(ctx, request, tenant.id, { allowViewAsWrite: true }).catch(() => null);
    if (actor) await logout(ctx, actor, clientOf(request));
    clearSessionCookie(ctx, reply, 'portal');
    return reply.status(204).send(null);
  });

  app.post('/api/portal/:slug/forgot-password', {
    schema: { tags, summary: 'Email a portal user a reset link', params, body: forgotPasswordBodySchema, response: { 202: messageResponseSchema, ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await portal.portalTenant(ctx, request.params.slug);
    portal.assertPortalOpen(tenant);
    await requestPasswordReset(ctx, 'portal', request.body.email, clientOf(request), tenant);
    return reply.status(202).send({ message: localize(request, resetRequestedMessage) });
  });

  app.post('/api/portal/:slug/change-password', {
    schema: { tags, summary: 'Change the signed-in portal user’s password', params, body: changePasswordBodySchema, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = await signedIn(request, request.params.slug);
    await changePassword(ctx, actor, request.body.currentPassword, request.body.newPassword, clientOf(request));
    return reply.status(204).send(null);
  });

  app.put('/api/portal/:slug/language', {
    schema: { tags, summary: 'Choose the language of your portal and emails', params, body: languageChoiceSchema, response: { 200: languageChoiceSchema, ...errorResponses } },
  }, async (request) => {
    const { actor } = await signedIn(request, request.params.slug);
    return chooseLanguage(ctx.db, actor, request.body.language);
  });
}
