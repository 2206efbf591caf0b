import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  changePasswordBodySchema,
  forgotPasswordBodySchema,
  languageChoiceSchema,
  loginBodySchema,
  messageResponseSchema,
  resetPasswordBodySchema,
  staffMeSchema,
} from '../../../shared/features/auth/auth.contract.ts';
import type { AppContext } from '../../context.ts';
import { clearSessionCookie, clientOf, endPresentedSession, requireStaff, setSessionCookie } from '../../http/auth.ts';
import { localize, message } from '../../http/errors.ts';
import { errorResponses } from '../../http/openapi.ts';
import { chooseLanguage } from '../../platform/auth/language-choice.ts';
import { changePassword, logout, requestPasswordReset, resetPassword, resetRequestedMessage } from '../../platform/auth/credentials.ts';
import { loginStaff, staffMe } from './auth.service.ts';

export function registerAuthRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Sign-in (office)'];

  app.post('/api/auth/login', {
    schema: { tags, summary: 'Sign in as staff', body: loginBodySchema, response: { 200: staffMeSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { token, me } = await loginStaff(ctx, request.body, clientOf(request));
    await endPresentedSession(ctx, request, 'staff');
    setSessionCookie(ctx, reply, 'staff', token);
    return me;
  });

  app.post('/api/auth/logout', {
    schema: { tags, summary: 'Sign out of the office', response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const actor = await requireStaff(ctx, request, 'no_access').catch(() => null);
    if (actor) await logout(ctx, actor, clientOf(request));
    clearSessionCookie(ctx, reply, 'staff');
    return reply.status(204).send(null);
  });

  app.get('/api/auth/me', {
    schema: { tags, summary: 'The signed-in staff member', response: { 200: staffMeSchema, ...errorResponses } },
  }, async (request) => staffMe(ctx, await requireStaff(ctx, request, 'technician')));

  app.post('/api/auth/forgot-password', {
    schema: { tags, summary: 'Email a staff member a reset link', body: forgotPasswordBodySchema, response: { 202: messageResponseSchema, ...errorResponses } },
  }, async (request, reply) => {
    await requestPasswordReset(ctx, 'staff', request.body.email, clientOf(request));
    return reply.status(202).send({ message: localize(request, resetRequestedMessage) });
  });

  app.post('/api/auth/reset-password', {
    schema: { tags, summary: 'Choose a new password from an emailed link (staff or portal)', body: resetPasswordBodySchema, response: { 200: messageResponseSchema, ...errorResponses } },
  }, async (request) => {
    await resetPassword(ctx, request.body.token, request.body.password, clientOf(request));
    return { message: localize(request, message('messages.passwordChanged')) };
  });

  app.post('/api/auth/change-password', {
    schema: { tags, summary: 'Change the signed-in staff member’s password', body: changePasswordBodySchema, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const actor = await requireStaff(ctx, request, 'technician');
    await changePassword(ctx, actor, request.body.currentPassword, request.body.newPassword, clientOf(request));
    return reply.status(204).send(null);
  });

  app.put('/api/auth/language', {
    schema: { tags, summary: 'Choose the language of your pages and emails', body: languageChoiceSchema, response: { 200: languageChoiceSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await requireStaff(ctx, request, 'technician');
    return chooseLanguage(ctx.db, actor, request.body.language);
  });
}
