import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  accountServiceInputSchema,
  accountServiceListSchema,
  accountServiceSchema,
  visitListSchema,
  visitQuerySchema,
  visitSchema,
  waitingListQuerySchema,
  waitingListSchema,
} from '../../../shared/features/visits/visits.contract.ts';
import { visitsPolicy } from '../../../shared/features/visits/visits.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as visits from './visits.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function registerVisitRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Visits'];

  app.get('/api/office/customers/:id/account-services', { config: { policy: visitsPolicy.read },
    schema: { tags, summary: 'The services on a customer’s account, waiting and scheduled, oldest first', params: idParams, response: { 200: accountServiceListSchema, ...errorResponses } },
  }, async (request) => ({ items: await visits.customerServices(ctx, staffActor(request).tenantId, request.params.id) }));

  app.post('/api/office/customers/:id/account-services', { config: { policy: visitsPolicy.manage },
    schema: { tags, summary: 'Add a service to a customer’s account; it waits on the waiting list until scheduled', params: idParams, body: accountServiceInputSchema, response: { 201: accountServiceSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await visits.addService(ctx, staffActor(request), request.params.id, request.body)));

  app.put('/api/office/account-services/:id', { config: { policy: visitsPolicy.manage },
    schema: {
      tags,
      summary: 'Change a service; on a scheduled one, its visits from now on follow, except those changed on their own',
      params: idParams,
      body: accountServiceInputSchema,
      response: { 200: accountServiceSchema, ...errorResponses },
    },
  }, async (request) => visits.changeService(ctx, staffActor(request), request.params.id, request.body));

  app.delete('/api/office/account-services/:id', { config: { policy: visitsPolicy.manage },
    schema: { tags, summary: 'Remove a service still on the waiting list', params: idParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await visits.removeWaitingService(ctx, staffActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/office/account-services/:id/schedule', { config: { policy: visitsPolicy.manage },
    schema: { tags, summary: 'Take a service off the waiting list and make its visits for the next 90 days', params: idParams, response: { 200: accountServiceSchema, ...errorResponses } },
  }, async (request) => visits.scheduleService(ctx, staffActor(request), request.params.id));

  app.get('/api/office/waiting-list', { config: { policy: visitsPolicy.read },
    schema: { tags, summary: 'Services waiting to be scheduled, oldest first', querystring: waitingListQuerySchema, response: { 200: waitingListSchema, ...errorResponses } },
  }, async (request) => visits.waitingList(ctx, staffActor(request).tenantId, request.query));

  app.get('/api/office/visits', { config: { policy: visitsPolicy.read },
    schema: { tags, summary: 'A page of visits by time, customer, location, team member or status, in start order; the next page by the cursor of this one', querystring: visitQuerySchema, response: { 200: visitListSchema, ...errorResponses } },
  }, async (request) => visits.listVisits(ctx, staffActor(request).tenantId, request.query));

  app.get('/api/office/visits/:id', { config: { policy: visitsPolicy.read },
    schema: { tags, summary: 'One visit with its team and price breakdown', params: idParams, response: { 200: visitSchema, ...errorResponses } },
  }, async (request) => visits.oneVisit(ctx.db, staffActor(request).tenantId, request.params.id));
}
