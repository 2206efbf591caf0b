import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentSchema } from '../../../shared/features/attachments/attachments.contract.ts';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  chatConversationListSchema,
  chatConversationsQuerySchema,
  chatMessageInputSchema,
  chatMessageSchema,
  chatThreadQuerySchema,
  chatThreadSchema,
  chatUnreadSchema,
} from '../../../shared/features/chat/chat.contract.ts';
import { chatPolicy } from '../../../shared/features/chat/chat.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { readFileForm } from '../../http/file-form.ts';
import { sendStoredFile } from '../../http/files.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as chat from './chat.service.ts';

const id = z.string().min(1).max(64);
const sizeQuery = z.object({ size: z.enum(['full', 'thumbnail']).default('full') });
const noFields = z.object({});
const photoSummary = 'Upload a photo (multipart field "file") to send in this conversation; it is re-encoded without its metadata';

export function registerChatRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Chat'];
  const portalLocation = portalSlugParamsSchema.extend({ locationId: id });
  const policy = { policy: chatPolicy.reach };

  app.get('/api/portal/:slug/chat/unread', {
    schema: { tags, summary: 'Unread chat messages at each of the signed-in person’s locations', params: portalSlugParamsSchema, response: { 200: chatUnreadSchema, ...errorResponses } },
  }, async (request) => chat.portalUnread(ctx, (await requirePortalSession(ctx, request, request.params.slug)).actor));

  app.get('/api/portal/:slug/locations/:locationId/chat', {
    schema: { tags, summary: 'The conversation of a location with the company, oldest first', params: portalLocation, querystring: chatThreadQuerySchema, response: { 200: chatThreadSchema, ...errorResponses } },
  }, async (request) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return chat.portalThread(ctx, actor, request.params.slug, request.params.locationId, request.query);
  });

  app.post('/api/portal/:slug/locations/:locationId/chat/messages', {
    schema: { tags, summary: 'Send a message to the company: text, photos uploaded first, or both', params: portalLocation, body: chatMessageInputSchema, response: { 201: chatMessageSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return reply.status(201).send(await chat.portalSend(ctx, actor, request.params.slug, request.params.locationId, request.body));
  });

  app.post('/api/portal/:slug/locations/:locationId/chat/photos', {
    schema: { tags, summary: photoSummary, consumes: ['multipart/form-data'], params: portalLocation, response: { 201: attachmentSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    const upload = async () => (await readFileForm(request, ctx.config.maxUploadBytes, noFields)).upload;
    return reply.status(201).send(await chat.portalUploadPhoto(ctx, actor, request.params.slug, request.params.locationId, upload));
  });

  app.post('/api/portal/:slug/locations/:locationId/chat/read', {
    schema: { tags, summary: 'Mark the conversation read up to now', params: portalLocation, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    await chat.portalMarkRead(ctx, actor, request.params.locationId);
    return reply.status(204).send(null);
  });

  app.get('/api/portal/:slug/chat/photos/:photoId', {
    schema: { tags, summary: 'A photo of a chat message at one of the signed-in person’s locations', params: portalSlugParamsSchema.extend({ photoId: id }), querystring: sizeQuery },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return sendStoredFile(reply, await chat.portalPhoto(ctx, actor, request.params.photoId, request.query.size === 'thumbnail'));
  });

  app.get('/api/office/chat', { config: policy,
    schema: { tags, summary: 'The conversations the signed-in staff member takes part in: unread first, then the newest', querystring: chatConversationsQuerySchema, response: { 200: chatConversationListSchema, ...errorResponses } },
  }, async (request) => chat.officeConversations(ctx, staffActor(request), request.query));

  app.get('/api/office/chat/unread', { config: policy,
    schema: { tags, summary: 'Customers’ messages the signed-in staff member has not read, per location', response: { 200: chatUnreadSchema, ...errorResponses } },
  }, async (request) => chat.officeUnread(ctx, staffActor(request)));

  app.get('/api/office/locations/:locationId/chat', { config: policy,
    schema: { tags, summary: 'A location’s conversation with its customer, oldest first', params: z.object({ locationId: id }), querystring: chatThreadQuerySchema, response: { 200: chatThreadSchema, ...errorResponses } },
  }, async (request) => chat.officeThread(ctx, staffActor(request), request.params.locationId, request.query));

  app.post('/api/office/locations/:locationId/chat/messages', { config: policy,
    schema: { tags, summary: 'Answer in a location’s conversation', params: z.object({ locationId: id }), body: chatMessageInputSchema, response: { 201: chatMessageSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await chat.officeSend(ctx, staffActor(request), request.params.locationId, request.body)));

  app.post('/api/office/locations/:locationId/chat/photos', { config: policy,
    schema: { tags, summary: photoSummary, consumes: ['multipart/form-data'], params: z.object({ locationId: id }), response: { 201: attachmentSchema, ...errorResponses } },
  }, async (request, reply) => {
    const upload = async () => (await readFileForm(request, ctx.config.maxUploadBytes, noFields)).upload;
    return reply.status(201).send(await chat.officeUploadPhoto(ctx, staffActor(request), request.params.locationId, upload));
  });

  app.post('/api/office/locations/:locationId/chat/read', { config: policy,
    schema: { tags, summary: 'Mark the conversation read up to now', params: z.object({ locationId: id }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await chat.officeMarkRead(ctx, staffActor(request), request.params.locationId);
    return reply.status(204).send(null);
  });

  app.delete('/api/office/chat/messages/:messageId', { config: policy,
    schema: { tags, summary: 'Remove a customer’s message: “message removed” is shown instead, the audit log keeps who and when', params: z.object({ messageId: id }), response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await chat.officeRemove(ctx, staffActor(request), request.params.messageId);
    return reply.status(204).send(null);
  });

  app.get('/api/office/chat/photos/:photoId', { config: policy,
    schema: { tags, summary: 'A photo of a chat message in a conversation the staff member takes part in', params: z.object({ photoId: id }), querystring: sizeQuery },
  }, async (request, reply) => sendStoredFile(reply, await chat.officePhoto(ctx, staffActor(request), request.params.photoId, request.query.size === 'thumbnail')));
}
