import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  areaOrderSchema,
  cleaningAreaInputSchema,
  cleaningAreaSchema,
  cleaningPlanSchema,
  cleaningTaskInputSchema,
  cleaningTaskSchema,
  copyPlanSchema,
  planSourcesSchema,
  portalCleaningPlanSchema,
  taskOrderSchema,
} from '../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { cleaningPlansPolicy } from '../../../shared/features/cleaning-plans/cleaning-plans.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { sendStoredFile } from '../../http/files.ts';
import { browserLanguageOf } from '../../http/language.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as plans from './cleaning-plans.service.ts';

const id = z.string().min(1).max(64);
const idParams = z.object({ id });
const locationParams = z.object({ locationId: id });
const portalLocationParams = portalSlugParamsSchema.extend({ locationId: id });
const pdfQuery = z.object({ v: z.string().max(64).optional().describe('Any value that changes with the plan and the reader’s language (the web sends the plan’s version), so a browser never answers from an old copy') });

export function registerCleaningPlanRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Cleaning plans'];
  const noContent = { 204: z.null(), ...errorResponses };

  app.get('/api/office/locations/:locationId/cleaning-plan', { config: { policy: cleaningPlansPolicy.read },
    schema: { tags, summary: 'A location’s cleaning plan: its areas in order, each with its tasks', params: locationParams, response: { 200: cleaningPlanSchema, ...errorResponses } },
  }, async (request) => plans.officePlan(ctx, staffActor(request).tenantId, request.params.locationId));

  app.post('/api/office/locations/:locationId/cleaning-plan/areas', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Add an area (a room or zone) at the end of the plan', params: locationParams, body: cleaningAreaInputSchema, response: { 201: cleaningAreaSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await plans.addArea(ctx, staffActor(request), request.params.locationId, request.body)));

  app.put('/api/office/locations/:locationId/cleaning-plan/area-order', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Put the plan’s areas in a new order; every area is named once', params: locationParams, body: areaOrderSchema, response: { 200: cleaningPlanSchema, ...errorResponses } },
  }, async (request) => plans.orderAreas(ctx, staffActor(request), request.params.locationId, request.body.areaIds));

  app.get('/api/office/locations/:locationId/cleaning-plan/sources', { config: { policy: cleaningPlansPolicy.read },
    schema: { tags, summary: 'The same customer’s other locations that have a plan to copy', params: locationParams, response: { 200: planSourcesSchema, ...errorResponses } },
  }, async (request) => plans.planSources(ctx, staffActor(request).tenantId, request.params.locationId));

  app.post('/api/office/locations/:locationId/cleaning-plan/copy', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Replace this location’s plan with a copy of another location’s of the same customer', params: locationParams, body: copyPlanSchema, response: { 200: cleaningPlanSchema, ...errorResponses } },
  }, async (request) => plans.copyPlan(ctx, staffActor(request), request.params.locationId, request.body.fromLocationId));

  app.put('/api/office/cleaning-plan-areas/:id', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Rename an area or change its notes', params: idParams, body: cleaningAreaInputSchema, response: { 200: cleaningAreaSchema, ...errorResponses } },
  }, async (request) => plans.changeArea(ctx, staffActor(request), request.params.id, request.body));

  app.delete('/api/office/cleaning-plan-areas/:id', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Remove an area and its tasks', params: idParams, response: noContent },
  }, async (request, reply) => {
    await plans.removeArea(ctx, staffActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/office/cleaning-plan-areas/:id/tasks', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Add a task at the end of an area', params: idParams, body: cleaningTaskInputSchema, response: { 201: cleaningTaskSchema, ...errorResponses } },
  }, async (request, reply) => reply.status(201).send(await plans.addTask(ctx, staffActor(request), request.params.id, request.body)));

  app.put('/api/office/cleaning-plan-areas/:id/task-order', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Put an area’s tasks in a new order; every task is named once', params: idParams, body: taskOrderSchema, response: { 200: cleaningAreaSchema, ...errorResponses } },
  }, async (request) => plans.orderTasks(ctx, staffActor(request), request.params.id, request.body.taskIds));

  app.put('/api/office/cleaning-plan-tasks/:id', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Change a task’s words or how often it is done', params: idParams, body: cleaningTaskInputSchema, response: { 200: cleaningTaskSchema, ...errorResponses } },
  }, async (request) => plans.changeTask(ctx, staffActor(request), request.params.id, request.body));

  app.delete('/api/office/cleaning-plan-tasks/:id', { config: { policy: cleaningPlansPolicy.manage },
    schema: { tags, summary: 'Remove a task', params: idParams, response: noContent },
  }, async (request, reply) => {
    await plans.removeTask(ctx, staffActor(request), request.params.id);
    return reply.status(204).send(null);
  });

  app.get('/api/portal/:slug/locations/:locationId/cleaning-plan', {
    schema: { tags, summary: 'What we clean at this location: its areas and their tasks, with how often', params: portalLocationParams, response: { 200: portalCleaningPlanSchema, ...errorResponses } },
  }, async (request) => {
    const { actor } = await requirePortalSession(ctx, request, request.params.slug);
    return plans.portalPlan(ctx, actor, request.params.locationId);
  });

  app.get('/api/portal/:slug/locations/:locationId/cleaning-plan/pdf', {
    schema: { tags, summary: 'The cleaning plan as a PDF, in the reader’s language', params: portalLocationParams, querystring: pdfQuery, produces: ['application/pdf'] },
  }, async (request, reply) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    // The language the portal shows them: their choice, else their browser's, else the company's.
    const language = request.chosenLanguage ?? browserLanguageOf(request) ?? tenant.default_language;
    const pdf = await plans.portalPlanPdf(ctx, tenant, actor, request.params.locationId, language);
    return sendStoredFile(reply, { ...pdf, contentType: 'application/pdf', inline: false });
  });
}
