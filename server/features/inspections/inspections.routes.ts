import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  createInspectionSchema,
  inspectionFormSchema,
  inspectionListSchema,
  inspectionSchema,
  inspectionSettingsSchema,
  inspectionsQuerySchema,
  locationTrendSchema,
  locationTrendsSchema,
  officeInspectionSchema,
  portalInspectableVisitsSchema,
  queuedInspectionPhotoFieldsSchema,
  trendsQuerySchema,
} from '../../../shared/features/inspections/inspections.contract.ts';
import { inspectionsPolicy } from '../../../shared/features/inspections/inspections.policy.ts';
import type { AppContext } from '../../context.ts';
import { clientIdSchema } from '../../../shared/offline-writes.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { readFileForm } from '../../http/file-form.ts';
import { errorResponses } from '../../http/openapi.ts';
import { requireAddon } from '../../platform/tenants/addons.ts';
import * as inspections from './inspections.service.ts';

const id = z.string().min(1).max(64);
const pageQuery = inspectionsQuerySchema.pick({ page: true, pageSize: true });

export function registerInspectionRoutes(root: FastifyInstance, ctx: AppContext, deps: inspections.InspectionDeps): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Quality checks'];
  const portalUser = async (request: FastifyRequest, slug: string) => (await requirePortalSession(ctx, request, slug)).actor;

  app.get('/api/office/settings/inspections', { config: { policy: inspectionsPolicy.configure },
    schema: { tags, summary: 'The rating scale, and whether customers may inspect their visits', response: { 200: inspectionSettingsSchema, ...errorResponses } },
  }, async (request) => inspections.getSettings(ctx, staffActor(request).tenantId));

  app.put('/api/office/settings/inspections', { config: { policy: inspectionsPolicy.configure },
    schema: { tags, summary: 'Choose the rating scale, and whether customers may inspect their visits', body: inspectionSettingsSchema, response: { 200: inspectionSettingsSchema, ...errorResponses } },
  }, async (request) => inspections.saveSettings(ctx, staffActor(request), request.body));

  app.get('/api/office/locations/:locationId/inspection-form', { config: { policy: inspectionsPolicy.inspect },
    schema: { tags, summary: 'What inspecting this location asks: the scale and the areas of its cleaning plan', params: z.object({ locationId: id }), response: { 200: inspectionFormSchema, ...errorResponses } },
  }, async (request) => inspections.officeForm(ctx, deps, staffActor(request), request.params.locationId));

  app.post('/api/office/inspections', { config: { policy: inspectionsPolicy.inspect },
    schema: { tags, summary: 'Inspect a location: a rating, comment and photos per area; the overall score is computed. The same client id again answers the first inspection', body: officeInspectionSchema, response: { 201: inspectionSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await inspections.inspectLocation(ctx, deps, staffActor(request), request.body)));

  app.post('/api/office/inspections/by-client/:clientId/photos', { config: { policy: inspectionsPolicy.inspect },
    schema: {
      tags,
      summary: 'Add a photo to an area of the inspection I sent with this client id, kept on the phone without a signal (multipart: clientId, area, then file); its metadata is removed',
      consumes: ['multipart/form-data'],
      params: z.object({ clientId: clientIdSchema }),
      response: { 200: inspectionSchema, ...errorResponses },
    },
  }, async (request) => inspections.addQueuedPhoto(ctx, staffActor(request), request.params.clientId, () => readFileForm(request, ctx.config.maxUploadBytes, queuedInspectionPhotoFieldsSchema)));

  app.get('/api/office/inspections', { config: { policy: inspectionsPolicy.read },
    schema: { tags, summary: 'Inspections, newest first, by customer or location', querystring: inspectionsQuerySchema, response: { 200: inspectionListSchema, ...errorResponses } },
  }, async (request) => inspections.listInspections(ctx, staffActor(request), request.query));

  // The customer page's Reports tab, with the audits add-on: 404 while it is off, as if there were no such route.
  app.get('/api/office/customers/:customerId/reports', { config: { policy: inspectionsPolicy.read },
    schema: { tags, summary: 'A customer’s inspections, newest first (the audits add-on)', params: z.object({ customerId: id }), querystring: pageQuery, response: { 200: inspectionListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    await requireAddon(ctx.db, actor.tenantId, 'audits');
    return inspections.listInspections(ctx, actor, { ...request.query, customerId: request.params.customerId });
  });

  app.get('/api/office/inspections/trends', { config: { policy: inspectionsPolicy.read },
    schema: { tags, summary: 'Each location’s latest scores (the past year), oldest first', querystring: trendsQuerySchema, response: { 200: locationTrendsSchema, ...errorResponses } },
  }, async (request) => inspections.officeTrends(ctx, staffActor(request), request.query));

  app.get('/api/office/inspections/:inspectionId', { config: { policy: inspectionsPolicy.read },
    schema: { tags, summary: 'One inspection with its areas, ratings, comments and photos', params: z.object({ inspectionId: id }), response: { 200: inspectionSchema, ...errorResponses } },
  }, async (request) => inspections.officeInspection(ctx, staffActor(request), request.params.inspectionId));

  const locationParams = portalSlugParamsSchema.extend({ locationId: id });

  app.get('/api/portal/:slug/locations/:locationId/inspections', {
    schema: { tags, summary: 'The location’s quality checks, newest first (when Quality checks is on there)', params: locationParams, querystring: pageQuery, response: { 200: inspectionListSchema, ...errorResponses } },
  }, async (request) => inspections.portalInspections(ctx, await portalUser(request, request.params.slug), request.params.locationId, request.query));

  app.get('/api/portal/:slug/locations/:locationId/inspections/trend', {
    schema: { tags, summary: 'The location’s latest scores (the past year), oldest first', params: locationParams, response: { 200: locationTrendSchema, ...errorResponses } },
  }, async (request) => inspections.portalTrend(ctx, await portalUser(request, request.params.slug), request.params.locationId));

  app.get('/api/portal/:slug/locations/:locationId/inspection-form', {
    schema: { tags, summary: 'Inspecting a completed visit yourself, when the company allows it: the areas, the scale and the visits', params: locationParams, response: { 200: inspectionFormSchema.extend(portalInspectableVisitsSchema.shape), ...errorResponses } },
  }, async (request) => inspections.portalForm(ctx, deps, await portalUser(request, request.params.slug), request.params.locationId));

  app.post('/api/portal/:slug/inspections', {
    schema: { tags, summary: 'Inspect a completed visit at your location, when the company allows it', params: portalSlugParamsSchema, body: createInspectionSchema, response: { 201: inspectionSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = await portalUser(request, request.params.slug);
    return reply.status(201).send(await inspections.customerInspectsVisit(ctx, deps, actor, request.params.slug, request.body));
  });

  app.get('/api/portal/:slug/inspections/:inspectionId', {
    schema: { tags, summary: 'One quality check with its areas, ratings, comments and photos', params: portalSlugParamsSchema.extend({ inspectionId: id }), response: { 200: inspectionSchema, ...errorResponses } },
  }, async (request) => inspections.portalInspection(ctx, await portalUser(request, request.params.slug), request.params.slug, request.params.inspectionId));
}
