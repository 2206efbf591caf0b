import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  calendarLinkSchema,
  calendarSubscriptionSchema,
  portalNextVisitResponseSchema,
  portalVisitListSchema,
  portalVisitQuerySchema,
  portalVisitSchema,
  portalWaitingServiceListSchema,
  rescheduleRequestSchema,
  skipRequestSchema,
  visitRequestOpenedSchema,
} from '../../../shared/features/visits/portal-visits.contract.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as calendar from './portal-calendar.ts';
import * as visits from './portal-visits.service.ts';

const id = z.string().min(1).max(64);
const locationParams = portalSlugParamsSchema.extend({ locationId: id });
const visitParams = portalSlugParamsSchema.extend({ visitId: id });

/** What the portal's visit routes need from elsewhere: the requests feature opens the requests they make. */
export interface PortalVisitDependencies {
  openVisitRequest: visits.OpenVisitRequest;
  /** The field feature's timesheets of a visit, for the next-visit card's phases. */
  visitProgress: visits.ReadVisitProgress;
}

export function registerPortalVisitRoutes(root: FastifyInstance, ctx: AppContext, deps: PortalVisitDependencies): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Visits (portal)'];
  const session = (request: FastifyRequest, slug: string) => requirePortalSession(ctx, request, slug);

  app.get('/api/portal/:slug/locations/:locationId/next-visit', {
    schema: {
      tags,
      summary: 'The next visit at a location: arrival, frequency, price breakdown; the team only within 24 hours, the address only with several locations',
      params: locationParams,
      response: { 200: portalNextVisitResponseSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return visits.nextVisit(ctx, tenant, actor, deps.visitProgress, request.params.locationId);
  });

  app.get('/api/portal/:slug/locations/:locationId/visits', {
    schema: { tags, summary: 'A location’s visits to come (soonest first) or past (newest first)', params: locationParams, querystring: portalVisitQuerySchema, response: { 200: portalVisitListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return visits.listVisits(ctx, tenant, actor, request.params.locationId, request.query);
  });

  app.get('/api/portal/:slug/locations/:locationId/waiting-services', {
    schema: { tags, summary: 'Services on the account at a location that are not scheduled yet', params: locationParams, response: { 200: portalWaitingServiceListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return { items: await visits.waitingServices(ctx, tenant, actor, request.params.locationId) };
  });

  app.get('/api/portal/:slug/visits/:visitId', {
    schema: { tags, summary: 'One visit at a location of the signed-in customer', params: visitParams, response: { 200: portalVisitSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return visits.oneVisit(ctx, tenant, actor, request.params.visitId);
  });

  app.post('/api/portal/:slug/visits/:visitId/skip', {
    schema: { tags, summary: 'Skip a visit, allowed until the company’s cutoff before it; the office is told', params: visitParams, response: { 200: portalVisitSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return visits.skipVisit(ctx, tenant, actor, request.params.visitId);
  });

  app.post('/api/portal/:slug/visits/:visitId/reschedule-request', {
    schema: { tags, summary: 'Ask to move a visit to one of up to three days: opens a request linked to it', params: visitParams, body: rescheduleRequestSchema, response: { 201: visitRequestOpenedSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return reply.status(201).send(await visits.askToReschedule(ctx, tenant, actor, deps.openVisitRequest, request.params.visitId, request.body));
  });

  app.post('/api/portal/:slug/visits/:visitId/skip-request', {
    schema: { tags, summary: 'Ask the office to skip a visit past the skip cutoff: opens a request linked to it', params: visitParams, body: skipRequestSchema, response: { 201: visitRequestOpenedSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return reply.status(201).send(await visits.askToSkip(ctx, tenant, actor, deps.openVisitRequest, request.params.visitId, request.body));
  });

  app.get('/api/portal/:slug/calendar', {
    schema: { tags, summary: 'Whether the signed-in customer has a calendar subscription link', params: portalSlugParamsSchema, response: { 200: calendarSubscriptionSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return calendar.calendarSubscription(ctx, tenant, actor);
  });

  app.post('/api/portal/:slug/calendar', {
    schema: { tags, summary: 'Make a secret calendar link (shown this once); an earlier link stops working', params: portalSlugParamsSchema, response: { 201: calendarLinkSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { tenant, actor } = await session(request, request.params.slug);
    return reply.status(201).send(await calendar.subscribeCalendar(ctx, tenant, actor));
  });

  app.delete('/api/portal/:slug/calendar', {
    schema: { tags, summary: 'Stop the calendar link working', params: portalSlugParamsSchema, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const { actor } = await session(request, request.params.slug);
    await calendar.revokeCalendar(ctx, actor);
    return reply.status(204).send(null);
  });

  app.get('/api/calendar/portal/:slug/:file', {
    schema: {
      tags,
      summary: 'The iCalendar feed of a calendar link (no session: the secret in the address is the key)',
      params: portalSlugParamsSchema.extend({ file: z.string().max(200).describe('<secret>.ics') }),
    },
  }, async (request, reply) => {
    const feed = await calendar.calendarFeed(ctx, request.params.slug, request.params.file);
    return reply
      .type('text/calendar; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .header('content-disposition', 'inline; filename="visits.ics"')
      .send(feed);
  });
}
