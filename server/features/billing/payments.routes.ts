import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import { billingPolicy } from '../../../shared/features/billing/billing.policy.ts';
import {
  chargeInvoicesSchema,
  chargeResultsSchema,
  invoicesToChargeSchema,
  paymentSchema,
  payInvoicesSchema,
  payPageSchema,
  prepaySchema,
} from '../../../shared/features/billing/payments.contract.ts';
import { refundInputSchema, refundResultSchema } from '../../../shared/features/billing/invoices.contract.ts';
import type { AppContext } from '../../context.ts';
import { requirePortalSession, staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import { localDateOf } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { tenantIdOf } from '../../platform/tenants/tenant-id.ts';
import { chargeInvoices, invoicesToCharge } from './autopay-charges.ts';
import { requireBillingCustomer } from './billing-access.ts';
import * as payments from './payments.service.ts';
import { refundPayment } from './refunds.service.ts';

const locationParams = portalSlugParamsSchema.extend({ locationId: z.string().min(1).max(64) });
const paymentParams = locationParams.extend({ paymentId: z.string().min(1).max(64) });
const invoicePaymentParams = z.object({ id: z.string().min(1).max(64), paymentId: z.string().min(1).max(64) });

export function registerPaymentRoutes(root: FastifyInstance, ctx: AppContext, deps: { gatewayFor: payments.GatewayFor }): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Payments'];

  /** The portal user, the company and the customer whose billing they reach, or 404. */
  async function billingCustomer(request: Parameters<typeof requirePortalSession>[1], params: { slug: string; locationId: string }) {
    const { tenant, actor } = await requirePortalSession(ctx, request, params.slug);
    const { customerId } = await requireBillingCustomer(ctx.db, actor.tenantId, actor.userId, params.locationId);
    return { tenant, actor, customerId };
  }

  app.get('/api/portal/:slug/locations/:locationId/billing/pay', {
    schema: { tags, summary: 'What the pay page starts from: every invoice still owed, all selected, and the cards on file', params: locationParams, response: { 200: payPageSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, customerId } = await billingCustomer(request, request.params);
    return payments.payPage(ctx.db, tenant, customerId, localDateOf(ctx.now(), tenant.time_zone));
  });

  app.post('/api/portal/:slug/locations/:locationId/billing/payments', {
    schema: {
      tags,
      summary: 'Pay several invoices in one charge, with a tip for any of them; the same idempotency key answers the first payment instead of charging again',
      params: locationParams,
      body: payInvoicesSchema,
      response: { 201: paymentSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { tenant, actor, customerId } = await billingCustomer(request, request.params);
    return reply.status(201).send(await payments.payInvoices(ctx, deps.gatewayFor, tenant, customerId, { kind: 'portal', portalUserId: actor.userId }, request.body));
  });

  app.post('/api/portal/:slug/locations/:locationId/billing/prepayments', {
    schema: { tags, summary: 'Pay ahead, where the company allows it: the amount sits as credit until the office applies it', params: locationParams, body: prepaySchema, response: { 201: paymentSchema, ...errorResponses } },
  }, async (request, reply) => {
    const { tenant, actor, customerId } = await billingCustomer(request, request.params);
    return reply.status(201).send(await payments.prepay(ctx, deps.gatewayFor, tenant, customerId, { kind: 'portal', portalUserId: actor.userId }, request.body));
  });

  app.get('/api/portal/:slug/locations/:locationId/billing/payments/:paymentId', {
    schema: { tags, summary: 'A payment of this customer', params: paymentParams, response: { 200: paymentSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, customerId } = await billingCustomer(request, request.params);
    return payments.customerPayment(ctx.db, tenantIdOf(tenant), customerId, request.params.paymentId);
  });

  app.post('/api/portal/:slug/locations/:locationId/billing/payments/:paymentId/refresh', {
    schema: { tags, summary: 'Ask the gateway again, after a second step (3-D Secure) or while a payment is being confirmed', params: paymentParams, response: { 200: paymentSchema, ...errorResponses } },
  }, async (request) => {
    const { tenant, customerId } = await billingCustomer(request, request.params);
    return payments.refreshPayment(ctx, deps.gatewayFor, tenant, customerId, request.params.paymentId);
  });

  app.get('/api/office/billing/invoices-to-charge', { config: { policy: billingPolicy.read },
    schema: { tags, summary: 'Sent invoices of customers on autopay, with the card each would be charged to', response: { 200: invoicesToChargeSchema, ...errorResponses } },
  }, async (request) => invoicesToCharge(ctx.db, await requireTenant(ctx.db, staffActor(request).tenantId)));

  app.post('/api/office/billing/charges', { config: { policy: billingPolicy.manage },
    schema: { tags, summary: 'Charge autopay invoices: one charge per customer, to its default card; a customer that cannot be charged is skipped with the reason', body: chargeInvoicesSchema, response: { 200: chargeResultsSchema, ...errorResponses } },
  }, async (request) => {
    const actor = staffActor(request);
    return chargeInvoices(ctx, deps.gatewayFor, await requireTenant(ctx.db, actor.tenantId), { kind: 'office', staffUserId: actor.userId }, request.body.invoiceIds);
  });

  app.post('/api/office/invoices/:id/payments/:paymentId/refunds', { config: { policy: billingPolicy.manage },
    schema: {
      tags,
      summary: 'Refund part or all of what a card payment paid towards this invoice (its tip aside); the same idempotency key answers the first refund instead of refunding again',
      params: invoicePaymentParams,
      body: refundInputSchema,
      response: { 201: refundResultSchema, ...errorResponses },
    },
  }, async (request, reply) => {
    const { id, paymentId } = request.params;
    return reply.status(201).send(await refundPayment(ctx, deps.gatewayFor, staffActor(request), id, paymentId, request.body));
  });
}
