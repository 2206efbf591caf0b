import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordBodySchema,
  forgotPasswordBodySchema,
  loginBodySchema,
  messageResponseSchema,
  resetPasswordBodySchema,
  staffMeSchema,
} from '../../../shared/features/auth/auth.contract.ts';
import { portalInfoSchema, portalMeSchema, portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import type { AppContext } from '../../context.ts';
import { clearSessionCookie, clientOf, endPresentedSession, requirePortalUser, requireStaff, setSessionCookie } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { toTenantSummary } from '../../platform/tenants/tenants.repository.ts';
import * as auth from './auth.service.ts';

export function registerAuthRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Sign-in (office)'];

  app.post('/api/auth/login', {
    schema: { tags, summary: 'Sign in as staff', body: loginBodySchema, response: { 200: staffMeSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { token, me } = await auth.loginStaff(ctx, request.body, clientOf(request));
    await endPresentedSession(ctx, request, 'staff');
    setSessionCookie(ctx, reply, 'staff', token);
    return me;
  });

  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Sign out of the office', response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const actor = await requireStaff(ctx, request, 'no_access').catch(() => null);
    if (actor) await auth.logout(ctx, actor, clientOf(request));
    clearSessionCookie(ctx, reply, 'staff');
    return reply.status(204).send(null);
  });

  app.get('/api/auth/me', {
    schema: { tags, summary: 'The signed-in staff member', response: { 200: staffMeSchema, ...errorResponses } },
  }, async (request) => auth.staffMe(ctx, await requireStaff(ctx, request, 'technician')));

  app.post('/api/auth/forgot-password', {
    schema: { tags, summary: 'Email a staff member a reset link', body: forgotPasswordBodySchema, response: { 202: messageResponseSchema, ...errorResponses } },
  }, async (request, reply) => {
    await auth.requestPasswordReset(ctx, 'staff', request.body.email, clientOf(request));
    return reply.status(202).send({ message: auth.resetRequestedMessage });
  });

  app.post('/api/auth/reset-password', {
    schema: { tags, summary: 'Choose a new password from an emailed link (staff or portal)', body: resetPasswordBodySchema, response: { 200: messageResponseSchema, ...errorResponses } },
  }, async (request) => {
    await auth.resetPassword(ctx, request.body.token, request.body.password, clientOf(request));
    return { message: 'Your password has been changed. Sign in with the new one.' };
  });

  app.post('/api/auth/change-password', {
    schema: { tags, summary: 'Change the signed-in staff member’s password', body: changePasswordBodySchema, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const actor = await requireStaff(ctx, request, 'technician');
    await auth.changePassword(ctx, actor, request.body.currentPassword, request.body.newPassword, clientOf(request));
    return reply.status(204).send(null);
  });

  registerPortalAuthRoutes(root, ctx);
}

function registerPortalAuthRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Sign-in (portal)'];
  const params = portalSlugParamsSchema;

  app.get('/api/portal/:slug', {
    schema: { tags, summary: 'Public branding of a company’s portal', params, response: { 200: portalInfoSchema, ...errorResponses } },
  }, async (request) => {
    const tenant = await auth.portalTenant(ctx, request.params.slug);
    return { tenant: toTenantSummary(tenant), portalEnabled: tenant.portal_enabled };
  });

  app.post('/api/portal/:slug/login', {
    schema: { tags, summary: 'Sign in as a portal user', params, body: loginBodySchema, response: { 200: portalMeSchema, ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await auth.portalTenant(ctx, request.params.slug);
    const { token, me } = await auth.loginPortal(ctx, tenant, request.body, clientOf(request));
    await endPresentedSession(ctx, request, 'portal');
    setSessionCookie(ctx, reply, 'portal', token);
    return me;
  });

  app.get('/api/portal/:slug/me', {
    schema: { tags, summary: 'The signed-in portal user, their accounts and locations', params, response: { 200: portalMeSchema, ...errorResponses } },
  }, async (request) => {
    const tenant = await auth.portalTenant(ctx, request.params.slug);
    auth.assertPortalOpen(tenant);
    return auth.portalMe(ctx, await requirePortalUser(ctx, request, tenant.id));
  });

  app.post('/api/portal/:slug/logout', {
    schema: { tags, summary: 'Sign out of the portal', params, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await auth.portalTenant(ctx, request.params.slug);
    const actor = await requirePortalUser(ctx, request, tenant.id).catch(() => null);
    if (actor) await auth.logout(ctx, actor, clientOf(request));
    clearSessionCookie(ctx, reply, 'portal');
    return reply.status(204).send(null);
  });

  app.post('/api/portal/:slug/forgot-password', {
    schema: { tags, summary: 'Email a portal user a reset link', params, body: forgotPasswordBodySchema, response: { 202: messageResponseSchema, ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await auth.portalTenant(ctx, request.params.slug);
    auth.assertPortalOpen(tenant);
    await auth.requestPasswordReset(ctx, 'portal', request.body.email, clientOf(request), tenant);
    return reply.status(202).send({ message: auth.resetRequestedMessage });
  });

  app.post('/api/portal/:slug/change-password', {
    schema: { tags, summary: 'Change the signed-in portal user’s password', params, body: changePasswordBodySchema, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const tenant = await auth.portalTenant(ctx, request.params.slug);
    const actor = await requirePortalUser(ctx, request, tenant.id);
    await auth.changePassword(ctx, actor, request.body.currentPassword, request.body.newPassword, clientOf(request));
    return reply.status(204).send(null);
  });
}
