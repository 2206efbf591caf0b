import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  clockInputSchema,
  clockResultSchema,
  fieldVisitListSchema,
  fieldVisitSchema,
  onMyWayInputSchema,
  onMyWayResultSchema,
  onSiteQuerySchema,
  onSiteSchema,
  timesheetCorrectionSchema,
  timesheetListSchema,
  timesheetSchema,
  whosWorkingSchema,
} from '../../../shared/features/field/field.contract.ts';
import { fieldPolicy } from '../../../shared/features/field/field.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { sendStoredFile } from '../../http/files.ts';
import { errorResponses } from '../../http/openapi.ts';
import { registerChecklistRoutes } from './checklist.routes.ts';
import { registerProofOfServiceRoutes } from './proof-of-service.routes.ts';
import * as field from './field.service.ts';

const id = z.string().min(1).max(64);
const idParams = z.object({ id });

export function registerFieldRoutes(root: FastifyInstance, ctx: AppContext, deps: field.FieldDependencies): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Field work'];

  app.get('/api/field/visits', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'My visits today and in the next seven days, in order, with place, access notes, team and my timesheet', response: { 200: fieldVisitListSchema, ...errorResponses } },
  }, async (request) => field.myVisits(ctx, deps, staffActor(request)));

  app.get('/api/field/visits/:id', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'One of my visits; a visit I am not on the team of answers 404', params: idParams, response: { 200: fieldVisitSchema, ...errorResponses } },
  }, async (request) => field.myVisit(ctx, deps, staffActor(request), request.params.id));

  app.post('/api/field/visits/:id/clock-in', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'Clock in at one of my visits; the same client id again answers the first result', params: idParams, body: clockInputSchema, response: { 200: clockResultSchema, ...errorResponses } },
  }, async (request) => field.clockIn(ctx, deps, staffActor(request), request.params.id, request.body));

  app.post('/api/field/visits/:id/clock-out', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'Clock out of one of my visits; it completes when the whole team has clocked out', params: idParams, body: clockInputSchema, response: { 200: clockResultSchema, ...errorResponses } },
  }, async (request) => field.clockOut(ctx, staffActor(request), request.params.id, request.body));

  app.post('/api/field/visits/:id/on-my-way', { config: { policy: fieldPolicy.work },
    schema: { tags, summary: 'Email the location’s portal users that I am on my way, with the expected arrival; once per visit', params: idParams, body: onMyWayInputSchema, response: { 200: onMyWayResultSchema, ...errorResponses } },
  }, async (request) => field.sendOnMyWay(ctx, staffActor(request), request.params.id, request.body));

  app.get('/api/office/visits/:id/timesheets', { config: { policy: fieldPolicy.readTimesheets },
    schema: { tags, summary: 'A visit’s timesheets: who clocked in and out when, and where', params: idParams, response: { 200: timesheetListSchema, ...errorResponses } },
  }, async (request) => ({ items: await field.visitTimesheets(ctx, staffActor(request).tenantId, request.params.id) }));

  app.put('/api/office/timesheets/:id', { config: { policy: fieldPolicy.correctTimesheets },
    schema: { tags, summary: 'Correct a timesheet’s times, with a reason the audit log keeps', params: idParams, body: timesheetCorrectionSchema, response: { 200: timesheetSchema, ...errorResponses } },
  }, async (request) => field.correctTimesheet(ctx, staffActor(request), request.params.id, request.body));

  app.get('/api/office/on-site', { config: { policy: fieldPolicy.readTimesheets },
    schema: { tags, summary: 'Who is clocked in now at visits starting in a range', querystring: onSiteQuerySchema, response: { 200: onSiteSchema, ...errorResponses } },
  }, async (request) => field.onSite(ctx, staffActor(request).tenantId, request.query));

  app.get('/api/portal/:slug/locations/:locationId/whos-working', {
    schema: {
      tags: ['Field work (portal)'],
      summary: 'Who is clocked in at the location now: first name and role; 404 where Who’s working is off',
      params: portalSlugParamsSchema.extend({ locationId: id }),
      response: { 200: whosWorkingSchema, ...errorResponses },
    },
  }, async (request) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    const { slug, locationId } = request.params;
    return field.whosWorking(ctx, actor, locationId, `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/staff`);
  });

  app.get('/api/portal/:slug/locations/:locationId/staff/:staffId/photo', {
    schema: {
      tags: ['Field work (portal)'],
      summary: 'The photo of someone in the location’s Who’s working; 404 unless they are clocked in there now and added one',
      params: portalSlugParamsSchema.extend({ locationId: id, staffId: id }),
    },
  }, async (request, reply) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    const data = await field.whosWorkingPhoto(ctx, actor, request.params.locationId, request.params.staffId);
    return sendStoredFile(reply, { data, contentType: 'image/webp', fileName: 'photo.webp', inline: true });
  });

  registerChecklistRoutes(root, ctx, deps.planOfLocation);
  registerProofOfServiceRoutes(root, ctx);
}
