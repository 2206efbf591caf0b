import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { billingPolicy } from '../../../shared/features/billing/billing.policy.ts';
import {
  acceptQuoteSchema,
  declineQuoteSchema,
  pendingQuotesSchema,
  portalQuoteListQuerySchema,
  portalQuoteListSchema,
  portalQuoteSchema,
  quoteInputSchema,
  quoteListQuerySchema,
  quoteListSchema,
  quoteSchema,
  quoteUpdateSchema,
  scheduledQuoteSchema,
  scheduleQuoteSchema,
} from '../../../shared/features/billing/quotes.contract.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import * as quotes from './quotes.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const portalQuoteParams = portalSlugParamsSchema.extend({ quoteId: z.string().min(1).max(64) });

export function registerQuoteRoutes(root: FastifyInstance, ctx: AppContext, deps: { services: quotes.ServiceMaker }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Quotes'];
  const office = async (request: Parameters<typeof staffActor>[0]) => {
    const actor = staffActor(request);
    return { actor, tenant: await requireTenant(ctx.db, actor.tenantId) };
  };

  app.get('/api/office/quotes', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'Quotes, newest first; a sent quote past its last day reads as expired', querystring: quoteListQuerySchema, response: { 200: quoteListSchema, ...errorResponses } },
  }, async (request) => quotes.listQuotes(ctx, (await office(request)).tenant, request.query));

  app.post('/api/office/quotes', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Write a draft quote for one of a customer’s locations', body: quoteInputSchema, response: { 201: quoteSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { actor, tenant } = await office(request);
    return reply.status(201).send(await quotes.createQuote(ctx, tenant, actor, request.body));
  });

  app.get('/api/office/quotes/:id', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'A quote with its lines, and who accepted it, when, from which address and browser', params: idParams, response: { 200: quoteSchema, ...errorResponses } },
  }, async (request) => quotes.officeQuote(ctx, (await office(request)).tenant, request.params.id));

  app.put('/api/office/quotes/:id', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Change a draft quote (409 once sent)', params: idParams, body: quoteUpdateSchema, response: { 200: quoteSchema, ...errorResponses } },
  }, async (request) => quotes.updateDraft(ctx, (await office(request)).tenant, request.params.id, request.body));

  app.delete('/api/office/quotes/:id', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Delete a draft quote (409 once sent)', params: idParams, response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    await quotes.deleteDraft(ctx, (await office(request)).tenant, request.params.id);
    return reply.status(204).send(null);
  });

  app.post('/api/office/quotes/:id/send', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Number a draft quote and email its customer’s billing contacts a link to it', params: idParams, response: { 200: quoteSchema, ...errorResponses } },
  }, async (request) => quotes.sendQuote(ctx, (await office(request)).tenant, request.params.id));

  app.post('/api/office/quotes/:id/schedule', { config: { policy: billingPolicy.manage },
    schema: {
      tags,
      summary: 'Make an accepted quote a scheduled service at its location (priced at its total before tax) and a draft first invoice with its lines; once',
      params: idParams,
      body: scheduleQuoteSchema,
      response: { 201: scheduledQuoteSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { actor, tenant } = await office(request);
    return reply.status(201).send(await quotes.scheduleQuote(ctx, tenant, actor, request.params.id, request.body, deps.services));
  });

  app.get('/api/portal/:slug/quotes', {
    schema: { tags, summary: 'A page of the quotes of the customers this person is a billing contact of (sent, accepted or declined), newest first', params: portalSlugParamsSchema, querystring: portalQuoteListQuerySchema, response: { 200: portalQuoteListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return quotes.portalQuotes(ctx, tenant, actor, request.query);
  });

  app.get('/api/portal/:slug/quotes/pending', {
    schema: { tags, summary: 'Sent quotes still open to accept (empty for anyone but a billing contact)', params: portalSlugParamsSchema, response: { 200: pendingQuotesSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return quotes.pendingQuotes(ctx, tenant, actor);
  });

  app.get('/api/portal/:slug/quotes/:quoteId', {
    schema: { tags, summary: 'A quote with its lines and terms in full', params: portalQuoteParams, response: { 200: portalQuoteSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return quotes.portalQuote(ctx, tenant, actor, request.params.quoteId);
  });

  app.post('/api/portal/:slug/quotes/:quoteId/accept', {
    schema: {
      tags,
      summary: 'Accept the quote’s terms with a typed name as signature; the time, address and browser are kept (409 once answered or expired)',
      params: portalQuoteParams,
      body: acceptQuoteSchema,
      response: { 200: portalQuoteSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    const userAgent = request.headers['user-agent'] ?? null;
    return quotes.acceptQuote(ctx, tenant, actor, request.params.quoteId, request.body, { ip: request.ip ?? null, userAgent });
  });

  app.post('/api/portal/:slug/quotes/:quoteId/decline', {
    schema: { tags, summary: 'Decline the quote with a reason (409 once answered or expired)', params: portalQuoteParams, body: declineQuoteSchema, response: { 200: portalQuoteSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return quotes.declineQuote(ctx, tenant, actor, request.params.quoteId, request.body);
  });
}
