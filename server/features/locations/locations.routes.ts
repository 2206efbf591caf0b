import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { idParamsSchema } from '../../../shared/features/customers/customers.contract.ts';
import {
  assignmentInputSchema,
  assignmentListSchema,
  assignmentParamsSchema,
  assignmentSchema,
  locationDetailSchema,
  locationInputSchema,
  locationListQuerySchema,
  locationListSchema,
  locationPortalInputSchema,
  viewAsInputSchema,
  viewAsResultSchema,
} from '../../../shared/features/locations/locations.contract.ts';
import { locationsPolicy } from '../../../shared/features/locations/locations.policy.ts';
import type { AppContext } from '../../context.ts';
import { clientOf, setSessionCookie, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { listLocations } from './locations.repository.ts';
import * as locations from './locations.service.ts';

export function registerLocationRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Locations'];
  const params = idParamsSchema;

  app.get('/api/office/locations', { config: { policy: locationsPolicy.read },
    schema: { tags, summary: 'Search and page through locations', querystring: locationListQuerySchema, response: { 200: locationListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    const { items, total } = await listLocations(ctx.db, actor.tenantId, request.query);
    return {
      items: items.map((l) => ({ id: l.id, name: l.name, customerId: l.customer_id, customerName: l.customer_name, address: l.address, timeZone: l.time_zone, portalEnabled: l.portal_enabled })),
      total,
      page: request.query.page,
      pageSize: request.query.pageSize,
    };
  });

  app.post('/api/office/customers/:id/locations', { config: { policy: locationsPolicy.manage },
    schema: { tags, summary: 'Add a site or home to a customer (its portal starts off)', params, body: locationInputSchema, response: { 201: locationDetailSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    return reply.status(201).send(await locations.createLocation(ctx, actor, request.params.id, request.body));
  });

  app.get('/api/office/locations/:id', { config: { policy: locationsPolicy.read },
    schema: { tags, summary: 'One location with its portal switches and portal users', params, response: { 200: locationDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return locations.getLocation(ctx.db, actor.tenantId, request.params.id);
  });

  app.put('/api/office/locations/:id', { config: { policy: locationsPolicy.manage },
    schema: { tags, summary: 'Change a location', params, body: locationInputSchema, response: { 200: locationDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return locations.updateLocation(ctx, actor, request.params.id, request.body);
  });

  app.put('/api/office/locations/:id/portal', { config: { policy: locationsPolicy.manage },
    schema: { tags, summary: 'Switch the portal and each portal feature on or off for a location', params, body: locationPortalInputSchema, response: { 200: locationDetailSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return locations.setLocationPortal(ctx, actor, request.params.id, request.body);
  });

  app.get('/api/office/locations/:id/assignments', { config: { policy: locationsPolicy.manage },
    schema: { tags, summary: 'Staff assigned and trained on a location, with their notification style', params, response: { 200: assignmentListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return { items: await locations.listAssignments(ctx.db, actor.tenantId, request.params.id) };
  });

  app.put('/api/office/locations/:id/assignments/:staffId', { config: { policy: locationsPolicy.manage },
    schema: { tags, summary: 'Assign, train and choose how a staff member is notified about a location', params: assignmentParamsSchema, body: assignmentInputSchema, response: { 200: assignmentSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return locations.setAssignment(ctx, actor, request.params.id, request.params.staffId, request.body);
  });

  app.post('/api/office/locations/:id/view-as', { config: { policy: locationsPolicy.viewAs },
    schema: { tags, summary: 'Open the location’s portal as one of its portal users, read-only (recorded in the audit log)', params, body: viewAsInputSchema, response: { 200: viewAsResultSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = staffActor(request);
    const { token, portalUrl } = await locations.viewAsCustomer(ctx, actor, request.params.id, request.body.portalUserId, clientOf(request));
    setSessionCookie(ctx, reply, 'portal', token);
    return { portalUrl };
  });
}
