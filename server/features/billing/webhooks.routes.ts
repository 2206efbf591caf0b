import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { portalSlugParamsSchema } from '../../../shared/features/auth/portal-auth.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Tenant } from '../../db/schema.ts';
import { invalidFields, message, notFound } from '../../http/errors.ts';
import { errorResponses } from '../../http/openapi.ts';
import { findTenantBySlug } from '../../platform/tenants/tenants.repository.ts';
import type { ChargeResult } from './gateways/gateway.ts';
import { readStripeWebhook } from './gateways/stripe-gateway.ts';

export type BillingWebhookDeps = {
  /** A charge's new state, from a signed event of the company's Stripe account. */
  onChargeResult(tenant: Tenant, result: ChargeResult): Promise<void>;
};

/** Stripe's events are small; anything larger is not from Stripe. */
const webhookBodyLimit = 512 * 1024;

/**
 * Where each company's Stripe account sends its events (the address is shown under Settings →
 * Payments). The signature is checked over the exact bytes Stripe sent, so this route, alone,
 * takes its body unparsed: a plugin of its own with a parser that keeps the raw bytes.
 */
export function registerBillingWebhookRoutes(root: FastifyInstance, ctx: AppContext, deps: BillingWebhookDeps): void {
  void root.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: webhookBodyLimit }, (_request, body, done) => {
      done(null, body);
    });
    const app = scope.withTypeProvider<ZodTypeProvider>();

    app.post('/api/billing/webhooks/stripe/:slug', {
      schema: {
        tags: ['Billing'],
        summary: 'Stripe’s events for a company on Stripe, checked by their signature (the Stripe-Signature header over the raw body) against the company’s webhook signing secret',
        params: portalSlugParamsSchema,
        consumes: ['application/json'],
        response: { 200: z.object({ received: z.literal(true) }), ...errorResponses },
      },
    }, async (request) => {
      const tenant = await findTenantBySlug(ctx.db, request.params.slug);
      if (!tenant || tenant.payment_gateway !== 'stripe' || !tenant.stripe_webhook_secret) throw notFound('company');
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const signature = request.headers['stripe-signature'];
      const read = readStripeWebhook(body, typeof signature === 'string' ? signature : undefined, tenant.stripe_webhook_secret);
      // Nothing of the payload is logged or echoed: only that the signature did not match.
      if (!read.signed) throw invalidFields({ 'stripe-signature': message('validation.invalid') });
      if (read.result) await deps.onChargeResult(tenant, read.result);
      return { received: true as const };
    });
  });
}
