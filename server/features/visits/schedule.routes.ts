import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  calendarFeedParamsSchema,
  calendarLinkSchema,
  calendarLinkStatusSchema,
  moveVisitSchema,
  oneOffVisitInputSchema,
  oneOffVisitSchema,
  scheduleListQuerySchema,
  scheduleListSchema,
  scheduleQuerySchema,
  scheduleSchema,
  scheduleTeamSchema,
  visitChangeSchema,
  visitReasonSchema,
  visitTeamInputSchema,
} from '../../../shared/features/visits/schedule.contract.ts';
import { visitsPolicy } from '../../../shared/features/visits/visits.policy.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as schedule from './schedule.service.ts';
import * as calendar from './staff-calendar.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function registerScheduleRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Schedule'];

  app.get('/api/office/schedule', { config: { policy: visitsPolicy.read },
    schema: { tags, summary: 'A day or a week of visits by team member, each on its location’s day, double-bookings marked', querystring: scheduleQuerySchema, response: { 200: scheduleSchema, ...errorResponses } },
  }, async (request) => schedule.schedule(ctx, staffActor(request).tenantId, request.query));

  app.get('/api/office/schedule/list', { config: { policy: visitsPolicy.read },
    schema: { tags, summary: 'Visits a page at a time, double-bookings marked', querystring: scheduleListQuerySchema, response: { 200: scheduleListSchema, ...errorResponses } },
  }, async (request) => schedule.scheduleList(ctx, staffActor(request).tenantId, request.query));

  app.get('/api/office/schedule/team', { config: { policy: visitsPolicy.read },
    schema: { tags, summary: 'Staff who can be sent to a visit, by name', response: { 200: scheduleTeamSchema, ...errorResponses } },
  }, async (request) => schedule.scheduleTeam(ctx, staffActor(request).tenantId));

  app.post('/api/office/visits', { config: { policy: visitsPolicy.manage },
    schema: { tags, summary: 'Plan a one-off visit: a one-off service on the customer’s account, scheduled at once', body: oneOffVisitInputSchema, response: { 201: oneOffVisitSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await schedule.createOneOffVisit(ctx, staffActor(request), request.body)));

  app.post('/api/office/visits/:id/move', { config: { policy: visitsPolicy.manage },
    schema: {
      tags,
      summary: 'Move a scheduled visit to a day and time on its location’s clock; the customer is emailed, and series edits leave it alone from now on',
      params: idParams,
      body: moveVisitSchema,
      response: { 200: visitChangeSchema, ...errorResponses },
    },
  }, async (request) => schedule.moveVisit(ctx, staffActor(request), request.params.id, request.body));

  app.put('/api/office/visits/:id/team', { config: { policy: visitsPolicy.manage },
    schema: { tags, summary: 'Send other people to a scheduled visit', params: idParams, body: visitTeamInputSchema, response: { 200: visitChangeSchema, ...errorResponses } },
  }, async (request) => schedule.changeVisitTeam(ctx, staffActor(request), request.params.id, request.body));

  for (const [action, status] of [['skip', 'skipped'], ['cancel', 'cancelled']] as const) {
    app.post(`/api/office/visits/:id/${action}`, { config: { policy: visitsPolicy.manage },
      schema: { tags, summary: `Mark a scheduled visit ${status}, with the reason the customer is emailed`, params: idParams, body: visitReasonSchema, response: { 200: visitChangeSchema, ...errorResponses } },
    }, async (request) => schedule.stopVisit(ctx, staffActor(request), request.params.id, status, request.body));
  }

  app.get('/api/office/profile/calendar-link', { config: { policy: visitsPolicy.ownCalendar },
    schema: { tags, summary: 'Whether you have a calendar link', response: { 200: calendarLinkStatusSchema, ...errorResponses } },
  }, async (request) => calendar.calendarLinkStatus(ctx, staffActor(request)));

  app.post('/api/office/profile/calendar-link', { config: { policy: visitsPolicy.ownCalendar },
    schema: { tags, summary: 'Make a secret calendar link to your visits, shown this once; an earlier one stops working', response: { 201: calendarLinkSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await calendar.createCalendarLink(ctx, staffActor(request))));

  app.delete('/api/office/profile/calendar-link', { config: { policy: visitsPolicy.ownCalendar },
    schema: { tags, summary: 'Turn your calendar link off', response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await calendar.revokeCalendarLink(ctx, staffActor(request));
    return reply.status(204).send(null);
  });

  // No session: calendar apps fetch this on their own. The secret token in the address is the key.
  app.get('/api/calendar/staff/:slug/:file', {
    schema: { tags, summary: 'A staff member’s visits as an iCalendar feed (text/calendar), from a week ago to the company’s calendar horizon', params: calendarFeedParamsSchema, response: { 200: z.string().describe('An iCalendar (RFC 5545) document'), ...errorResponses } },
  }, async (request, reply) => {
    const feed = await calendar.staffCalendarFeed(ctx, request.params.slug, request.params.file);
    return reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, no-store').send(feed);
  });
}
