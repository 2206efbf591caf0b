import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { passesLuhn, testCardBehaviour } from '../../../../shared/features/billing/test-cards.ts';
import {
  authenticateTestPaymentSchema,
  confirmTestSetupSchema,
  testPaymentParamsSchema,
  testPaymentSchema,
  testSetupConfirmedSchema,
  testSetupParamsSchema,
} from '../../../../shared/features/billing/test-gateway.contract.ts';
import type { AppContext } from '../../../context.ts';
import { AppError, invalidFields, message } from '../../../http/errors.ts';
import { errorResponses } from '../../../http/openapi.ts';
import { authenticateTestPayment, confirmTestSetup, findTestPayment } from './test-gateway.ts';

/**
 * The test gateway's own pages' API: what a card processor's script and 3-D Secure page do, served
 * by Porter only because the test gateway lives inside it. No Porter session is asked for, as a
 * processor asks for none: a set-up is reached with its client secret, a payment by its id.
 */
export function registerTestGatewayRoutes(root: FastifyInstance, ctx: AppContext): void {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Test gateway'];

  app.post('/api/test-gateway/setup-intents/:id/confirm', {
    schema: {
      tags,
      summary: 'Test gateway: save a test card to a set-up (4242… succeeds, 4000…0002 is declined, 4000 0025 0000 3155 asks for a second step)',
      params: testSetupParamsSchema,
      body: confirmTestSetupSchema,
      response: { 200: testSetupConfirmedSchema, ...errorResponses },
    },
  }, async (request) => {
    const { number, expMonth, expYear, clientSecret } = request.body;
    if (!passesLuhn(number)) throw invalidFields({ number: message('cards.numberInvalid') });
    if (!testCardBehaviour(number)) throw invalidFields({ number: message('cards.testNumberUnknown') });
    const now = ctx.now();
    if (expYear < now.getUTCFullYear() || (expYear === now.getUTCFullYear() && expMonth < now.getUTCMonth() + 1)) {
      throw invalidFields({ [expYear < now.getUTCFullYear() ? 'expYear' : 'expMonth']: message('cards.expired') });
    }
    const result = await confirmTestSetup(ctx.db, request.params.id, { clientSecret, number, expMonth, expYear });
    if (result === 'no_such_setup') throw new AppError('not_found', message('cards.setupNotFound'));
    if (result === 'already_confirmed') throw new AppError('conflict', message('cards.setupUsed'));
    return { setupId: request.params.id, status: 'succeeded' as const };
  });

  app.get('/api/test-gateway/payments/:id', {
    schema: { tags, summary: 'Test gateway: a payment as its second-step page shows it', params: testPaymentParamsSchema, response: { 200: testPaymentSchema, ...errorResponses } },
  }, async (request) => {
    const payment = await findTestPayment(ctx.db, request.params.id);
    if (!payment) throw new AppError('not_found', message('notFound.payment'));
    return payment;
  });

  app.post('/api/test-gateway/payments/:id/authenticate', {
    schema: {
      tags,
      summary: 'Test gateway: the customer approves or fails a payment’s second step; the charge then succeeds or is declined',
      params: testPaymentParamsSchema,
      body: authenticateTestPaymentSchema,
      response: { 200: testPaymentSchema, ...errorResponses },
    },
  }, async (request) => {
    const payment = await authenticateTestPayment(ctx.db, request.params.id, request.body.approve);
    if (payment) return payment;
    if (await findTestPayment(ctx.db, request.params.id)) throw new AppError('conflict', message('cards.paymentNotWaiting'));
    throw new AppError('not_found', message('notFound.payment'));
  });
}
