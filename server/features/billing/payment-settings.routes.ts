import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { billingPolicy } from '../../../shared/features/billing/billing.policy.ts';
import { paymentSettingsResponseSchema, paymentSettingsSchema } from '../../../shared/features/billing/payment-settings.contract.ts';
import type { AppContext } from '../../context.ts';
import { staffActor } from '../../http/auth.ts';
import { errorResponses } from '../../http/openapi.ts';
import * as settings from './payment-settings.service.ts';

export function registerPaymentSettingsRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Billing'];
  const path = '/api/office/settings/payments';
  const response = { 200: paymentSettingsResponseSchema, ...errorResponses };

  app.get(path, { config: { policy: billingPolicy.configure },
    schema: { tags, summary: 'The payment gateway, whether each Stripe key is set (never the keys), charging autopay invoices on send, and the webhook address for Stripe', response },
  }, async (request) => settings.getPaymentSettings(ctx, staffActor(request).tenantId));

  app.put(path, { config: { policy: billingPolicy.configure },
    schema: { tags, summary: 'Choose the payment gateway, replace Stripe keys (an empty key keeps the stored one) and whether sending an autopay invoice charges it', body: paymentSettingsSchema, response },
  }, async (request) => settings.savePaymentSettings(ctx, staffActor(request), request.body));
}
