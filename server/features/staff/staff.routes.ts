import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { staffMeSchema, messageResponseSchema } from '../../../shared/features/auth/auth.contract.ts';
import { idParamsSchema } from '../../../shared/features/customers/customers.contract.ts';
import {
  acceptStaffInvitationBodySchema,
  addStaffInputSchema,
  staffEmailInputSchema,
  staffListSchema,
  staffMemberSchema,
  staffProfileInputSchema,
  staffRoleInputSchema,
} from '../../../shared/features/staff/staff.contract.ts';
import { staffPolicy } from '../../../shared/features/staff/staff.policy.ts';
import type { AppContext } from '../../context.ts';
import { clientOf, endPresentedSession, requireStaff, setSessionCookie, staffActor } from '../../http/auth.ts';
import { AppError, localize, message } from '../../http/errors.ts';
import { sendStoredFile } from '../../http/files.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as photo from './staff-photo.service.ts';
import * as staff from './staff.service.ts';

export function registerStaffRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Staff'];
  const response = { 200: staffMemberSchema, ...errorResponses };
  const params = idParamsSchema;

  app.get('/api/office/staff', { config: { policy: staffPolicy.read }, schema: { tags, summary: 'Every staff member with state, role and text-message address', response: { 200: staffListSchema, ...errorResponses } } }, async (request) => {
    const actor = staffActor(request);
    return { items: await staff.listStaff(ctx, actor.tenantId) };
  });

  app.post('/api/office/staff', { config: { policy: staffPolicy.manage },
    schema: { tags, summary: 'Add a staff member and email them an invitation (a set-password link, single use, 7 days)', body: addStaffInputSchema, response: { 201: staffMemberSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    return reply.status(201).send(await staff.addStaff(ctx, actor, request.body));
  });

  app.put('/api/office/staff/:id/role', { config: { policy: staffPolicy.manage },
    schema: { tags, summary: 'Change a staff member’s role (recorded in the audit log)', params, body: staffRoleInputSchema, response },
  }, async (request) => {
    const actor = staffActor(request);
    return staff.changeRole(ctx, actor, request.params.id, request.body.role);
  });

  app.put('/api/office/staff/:id/profile', { config: { policy: staffPolicy.manage },
    schema: { tags, summary: 'Change a staff member’s name, mobile number and carrier', params, body: staffProfileInputSchema, response },
  }, async (request) => {
    const actor = staffActor(request);
    return staff.saveProfile(ctx, actor, request.params.id, request.body);
  });

  app.put('/api/office/staff/:id/email', { config: { policy: staffPolicy.manage },
    schema: { tags, summary: 'Change a staff member’s sign-in email; links sent to the old address stop working', params, body: staffEmailInputSchema, response },
  }, async (request) => {
    const actor = staffActor(request);
    return staff.changeEmail(ctx, actor, request.params.id, request.body.email);
  });

  app.post('/api/office/staff/:id/password-link', { config: { policy: staffPolicy.manage },
    schema: { tags, summary: 'Email the staff member a link to choose a new password (valid one hour)', params, response: { 202: messageResponseSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    await staff.sendPasswordLink(ctx, actor, request.params.id);
    return reply.status(202).send({ message: localize(request, message('messages.passwordLinkSent')) });
  });

  const actions = {
    invitation: { summary: 'Email the invitation again; the earlier link stops working', run: staff.resendInvitation },
    deactivate: { summary: 'Refuse the person everywhere at once: live sessions end (recorded in the audit log)', run: staff.deactivateStaff },
    reactivate: { summary: 'Let a deactivated person in again (recorded in the audit log)', run: staff.reactivateStaff },
  } as const;
  for (const [action, { summary, run }] of Object.entries(actions)) {
    app.post(`/api/office/staff/:id/${action}`, { config: { policy: staffPolicy.manage }, schema: { tags, summary, params, response } }, async (request) => {
      const actor = staffActor(request);
      return run(ctx, actor, request.params.id);
    });
  }

  app.post('/api/auth/accept-invitation', {
    schema: { tags, summary: 'Choose the first password from a staff invitation link, and sign in', body: acceptStaffInvitationBodySchema, response: { 200: staffMeSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { token, me } = await staff.acceptInvitation(ctx, request.body.token, request.body.password, clientOf(request));
    await endPresentedSession(ctx, request, 'staff');
    setSessionCookie(ctx, reply, 'staff', token);
    return me;
  });

  app.get('/api/auth/profile', { schema: { tags, summary: 'Your own staff profile', response } }, async (request) => {
    const actor = await requireStaff(ctx, request, 'technician');
    return staff.getStaffMember(ctx, actor.tenantId, actor.userId);
  });

  app.put('/api/auth/profile', { schema: { tags, summary: 'Change your name, mobile number and carrier', body: staffProfileInputSchema, response } }, async (request) => {
    const actor = await requireStaff(ctx, request, 'technician');
    return staff.saveOwnProfile(ctx, actor, request.body);
  });

  const ownPhoto = { policy: staffPolicy.ownPhoto };
  app.put('/api/auth/profile/photo', { config: ownPhoto,
    schema: { tags, summary: 'Add or replace your photo (multipart field "file": JPEG, PNG or WebP); kept as a small square without metadata', consumes: ['multipart/form-data'], response },
  }, async (request) => {
    const file = await request.file({ limits: { fileSize: ctx.config.maxUploadBytes, files: 1 } });
    if (!file || file.fieldname !== 'file') throw new AppError('validation_failed', message('attachments.fileField'), { file: message('attachments.chooseFile') });
    return photo.saveOwnPhoto(ctx, staffActor(request), await file.toBuffer());
  });

  app.delete('/api/auth/profile/photo', { config: ownPhoto, schema: { tags, summary: 'Remove your photo', response } }, async (request) =>
    photo.removeOwnPhoto(ctx, staffActor(request)));

  const sendPhoto = (reply: FastifyReply, data: Buffer) => sendStoredFile(reply, { data, contentType: 'image/webp', fileName: 'photo.webp', inline: true });
  app.get('/api/auth/profile/photo', { config: ownPhoto, schema: { tags, summary: 'Your photo, 256 px square WebP; 404 while you have none' } }, async (request, reply) => {
    const actor = staffActor(request);
    return sendPhoto(reply, await photo.staffPhoto(ctx, actor.tenantId, actor.userId));
  });

  app.get('/api/office/staff/:id/photo', { config: { policy: staffPolicy.read }, schema: { tags, summary: 'A staff member’s photo for the staff list; 404 while they have none', params } }, async (request, reply) =>
    sendPhoto(reply, await photo.staffPhoto(ctx, staffActor(request).tenantId, request.params.id)));
}
