import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  autopayInputSchema,
  autopayStateSchema,
  billingLocationParamsSchema,
  cardListSchema,
  cardParamsSchema,
  cardSchema,
  cardSetupSchema,
  defaultTipSchema,
  defaultTipStateSchema,
  finishCardSetupSchema,
} from '../../../shared/features/billing/cards.contract.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as cards from './cards.service.ts';

/**
 * A customer's cards, default tip and autopay, for its billing contacts in the portal. Anyone else
 * (a site contact, another customer's user) hears 404; a staff member viewing as the customer may
 * read but every write is refused (requirePortalSession does that).
 */
export function registerCardRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Billing: cards'];
  const base = '/api/portal/:slug/locations/:locationId/billing';

  app.get(`${base}/cards`, {
    schema: { tags, summary: 'The customer’s cards: brand, last four, expiry, which is the default; and the gateway', params: billingLocationParamsSchema, response: { 200: cardListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.listCards(ctx, tenant, actor, request.params.locationId);
  });

  app.post(`${base}/cards/setup`, {
    schema: {
      tags,
      summary: 'Start adding a card: what the gateway’s card form needs. The number goes to the gateway, never to Porter',
      params: billingLocationParamsSchema,
      response: { 200: cardSetupSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.startCardSetup(ctx, tenant, actor, request.params.locationId);
  });

  app.post(`${base}/cards`, {
    schema: {
      tags,
      summary: 'Store the card a finished set-up saved; the first card is the default. The same set-up twice answers the same card',
      params: billingLocationParamsSchema,
      body: finishCardSetupSchema,
      response: { 200: cardSchema, 201: cardSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    const { card, created } = await cards.finishCardSetup(ctx, tenant, actor, request.params.locationId, request.body.setupId);
    return reply.status(created ? 201 : 200).send(card);
  });

  app.put(`${base}/cards/:cardId/default`, {
    schema: { tags, summary: 'Make a card the default', params: cardParamsSchema, response: { 200: cardListSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.makeDefaultCard(ctx, tenant, actor, request.params.locationId, request.params.cardId);
  });

  app.delete(`${base}/cards/:cardId`, {
    schema: {
      tags,
      summary: 'Remove a card; never the last one (409: add another card first). Removing the default makes the newest other card the default',
      params: cardParamsSchema,
      response: { 200: cardListSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.removeCard(ctx, tenant, actor, request.params.locationId, request.params.cardId, request.log);
  });

  app.get(`${base}/default-tip`, {
    schema: { tags, summary: 'The tip added to each new invoice (minor units; 0 for none)', params: billingLocationParamsSchema, response: { 200: defaultTipStateSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.defaultTip(ctx, tenant, actor, request.params.locationId);
  });

  app.put(`${base}/default-tip`, {
    schema: { tags, summary: 'Set the tip added to new invoices from now on; invoices already written keep theirs', params: billingLocationParamsSchema, body: defaultTipSchema, response: { 200: defaultTipStateSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.setDefaultTip(ctx, tenant, actor, request.params.locationId, request.body.amount);
  });

  app.get(`${base}/autopay`, {
    schema: { tags, summary: 'Whether the customer pays by autopay, and whether it has a card to', params: billingLocationParamsSchema, response: { 200: autopayStateSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.autopay(ctx, tenant, actor, request.params.locationId);
  });

  app.put(`${base}/autopay`, {
    schema: {
      tags,
      summary: 'Enrol in autopay (needs a card: 409 otherwise) or leave it; scheduled visits not yet started follow',
      params: billingLocationParamsSchema,
      body: autopayInputSchema,
      response: { 200: autopayStateSchema, ...errorResponses },
    },
  }, async (request) => {
    const { tenant, actor } = await requirePortalSession(ctx, request, request.params.slug);
    return cards.setAutopay(ctx, tenant, actor, request.params.locationId, request.body.enrolled);
  });
}
