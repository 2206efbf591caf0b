import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { idParamsSchema } from '../../../shared/features/customers/customers.contract.ts';
import {
  assignSchema,
  createServiceRequestSchema,
  customerConfirmationSchema,
  inboxQuerySchema,
  inboxSchema,
  officeReplySchema,
  officeRequestDetailSchema,
  portalRequestDetailSchema,
  portalRequestListQuerySchema,
  portalRequestListSchema,
  replySchema,
  statusChangeSchema,
} from '../../../shared/features/service-requests/service-requests.contract.ts';
import { requestOptionsSchema } from '../../../shared/features/services/services.contract.ts';
import { serviceRequestsPolicy } from '../../../shared/features/service-requests/service-requests.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as requests from './service-requests.service.ts';

export function registerServiceRequestRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const portalTags = ['Service requests (portal)'];
  const officeTags = ['Service requests (office)'];
  const slugAnd = <T extends z.ZodRawShape>(shape: T) => portalSlugParamsSchema.extend(shape);
  const locationParams = slugAnd({ locationId: z.string().min(1).max(64) });
  const requestParams = slugAnd({ id: z.string().min(1).max(64) });

  const portalActor = (request: FastifyRequest, slug: string) => requirePortalSession(ctx, request, slug);

  app.get('/api/portal/:slug/locations/:locationId/request-options', {
    schema: { tags: portalTags, summary: 'Services and categories a customer may ask for at a location', params: locationParams, response: { 200: requestOptionsSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await portalActor(request, request.params.slug);
    return requests.requestOptions(ctx, tenant, actor, request.params.locationId);
  });

  app.get('/api/portal/:slug/locations/:locationId/requests', {
    schema: { tags: portalTags, summary: 'A page of a location’s open or finished requests, newest first (as the company allows)', params: locationParams, querystring: portalRequestListQuerySchema, response: { 200: portalRequestListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await portalActor(request, request.params.slug);
    return requests.portalList(ctx, tenant, actor, request.params.locationId, request.query);
  });

  app.post('/api/portal/:slug/requests', {
    schema: { tags: portalTags, summary: 'Open a service request', params: portalSlugParamsSchema, body: createServiceRequestSchema, response: { 201: portalRequestDetailSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { tenant, actor } = await portalActor(request, request.params.slug);
    return reply.status(201).send(await requests.createRequest(ctx, tenant, actor, request.body));
  });

  app.get('/api/portal/:slug/requests/:id', {
    schema: { tags: portalTags, summary: 'A request with its conversation (never internal notes)', params: requestParams, response: { 200: portalRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await portalActor(request, request.params.slug);
    return requests.portalDetail(ctx, tenant, actor, request.params.id);
  });

  app.post('/api/portal/:slug/requests/:id/messages', {
    schema: { tags: portalTags, summary: 'Reply on a request', params: requestParams, body: replySchema, response: { 200: portalRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await portalActor(request, request.params.slug);
    return requests.customerReply(ctx, tenant, actor, request.params.id, request.body);
  });

  app.post('/api/portal/:slug/requests/:id/confirmation', {
    schema: { tags: portalTags, summary: 'Confirm the fix (resolved) or say it is not fixed (back to in progress)', params: requestParams, body: customerConfirmationSchema, response: { 200: portalRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await portalActor(request, request.params.slug);
    return requests.customerConfirm(ctx, tenant, actor, request.params.id, request.body.fixed, request.body.comment);
  });

  app.get('/api/office/requests', { config: { policy: serviceRequestsPolicy.handle },
    schema: { tags: officeTags, summary: 'A page of the inbox across locations, with filters and a sort; the next page by the cursor of this one', querystring: inboxQuerySchema, response: { 200: inboxSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return requests.officeInbox(ctx, actor, request.query);
  });

  app.get('/api/office/requests/:id', { config: { policy: serviceRequestsPolicy.handle },
    schema: { tags: officeTags, summary: 'A request with replies and internal notes (reading changes nothing)', params: idParamsSchema, response: { 200: officeRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return requests.officeDetail(ctx, actor, request.params.id);
  });

  app.post('/api/office/requests/:id/open', { config: { policy: serviceRequestsPolicy.handle },
    schema: { tags: officeTags, summary: 'Mark a new request open (the office page sends this when someone opens it); no email is sent', params: idParamsSchema, response: { 200: officeRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return requests.openRequest(ctx, actor, request.params.id);
  });

  app.post('/api/office/requests/:id/messages', { config: { policy: serviceRequestsPolicy.handle },
    schema: { tags: officeTags, summary: 'Reply to the customer, or add an internal note', params: idParamsSchema, body: officeReplySchema, response: { 200: officeRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return requests.officeReply(ctx, actor, request.params.id, request.body);
  });

  app.post('/api/office/requests/:id/status', { config: { policy: serviceRequestsPolicy.handle },
    schema: { tags: officeTags, summary: 'Move a request on: in progress, ask to confirm, or close', params: idParamsSchema, body: statusChangeSchema, response: { 200: officeRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return requests.changeStatus(ctx, actor, request.params.id, request.body);
  });

  app.put('/api/office/requests/:id/assignee', { config: { policy: serviceRequestsPolicy.assign },
    schema: { tags: officeTags, summary: 'Assign a request to a staff member, or to nobody', params: idParamsSchema, body: assignSchema, response: { 200: officeRequestDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return requests.assign(ctx, actor, request.params.id, request.body.assigneeId);
  });
}
