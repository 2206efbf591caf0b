import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import {
  createFeedbackSchema,
  feedbackListSchema,
  feedbackQuerySchema,
  feedbackSchema,
  feedbackTrendQuerySchema,
  feedbackTrendSchema,
  lastJobSchema,
  rateLastJobDays,
  visitRatingSchema,
} from '../../../shared/features/feedback/feedback.contract.ts';
import { feedbackPolicy } from '../../../shared/features/feedback/feedback.policy.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as feedback from './feedback.service.ts';

const locationParams = portalSlugParamsSchema.extend({ locationId: z.string().min(1).max(64) });
const visitParams = portalSlugParamsSchema.extend({ visitId: z.string().min(1).max(64) });
const portalFeedbackQuery = feedbackQuerySchema.pick({ maxRating: true, page: true, pageSize: true });

export function registerFeedbackRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Feedback'];

  const portalUser = async (request: FastifyRequest, slug: string) => (await requirePortalSession(ctx, request, slug)).actor;

  app.post('/api/portal/:slug/feedback', {
    schema: { tags, summary: 'Rate a location from Extremely Dissatisfied to Extremely Satisfied, with a note', params: portalSlugParamsSchema, body: createFeedbackSchema, response: { 201: feedbackSchema, ...errorResponses } },
  }, async (request, reply) => {
    const actor = await portalUser(request, request.params.slug);
    return reply.status(201).send(await feedback.giveFeedback(ctx, actor, request.body));
  });

  app.get('/api/portal/:slug/locations/:locationId/feedback', {
    schema: { tags, summary: 'The feedback given at this location, newest first', params: locationParams, querystring: portalFeedbackQuery, response: { 200: feedbackListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await portalUser(request, request.params.slug);
    return feedback.listLocationFeedback(ctx, actor, request.params.locationId, request.query);
  });

  app.get('/api/portal/:slug/locations/:locationId/last-job', {
    schema: { tags, summary: `The visit the customer is asked to rate: the last one completed, while it ended in the last ${rateLastJobDays} days and has no rating`, params: locationParams, response: { 200: lastJobSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await portalUser(request, request.params.slug);
    return feedback.lastJob(ctx, actor, request.params.locationId);
  });

  app.get('/api/portal/:slug/visits/:visitId/rating', {
    schema: { tags, summary: `What the rating link opens: the visit, its rating if it has one, and whether it is done and ended in the last ${rateLastJobDays} days`, params: visitParams, response: { 200: visitRatingSchema, ...errorResponses } },
  }, async (request) => {
    const actor = await portalUser(request, request.params.slug);
    return feedback.visitRating(ctx, actor, request.params.visitId);
  });

  app.get('/api/office/feedback', { config: { policy: feedbackPolicy.read },
    schema: { tags, summary: 'Customer feedback, newest first, by customer, location or rating', querystring: feedbackQuerySchema, response: { 200: feedbackListSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return feedback.listFeedback(ctx.db, actor.tenantId, request.query, ctx.now());
  });

  app.get('/api/office/feedback/trend', { config: { policy: feedbackPolicy.read },
    schema: { tags, summary: 'A customer’s or a location’s average rating per calendar month (UTC), oldest first', querystring: feedbackTrendQuerySchema, response: { 200: feedbackTrendSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return feedback.feedbackTrend(ctx.db, actor.tenantId, request.query);
  });
}
