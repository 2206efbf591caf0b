import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Tenant } from '../../db/schema.ts';
import { createTenant } from '../../test/factories.ts';
import { signedStripeEvent } from '../../test/fake-stripe.ts';
import { inspect, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import type { ChargeResult } from './gateways/gateway.ts';
import { registerBillingWebhookRoutes } from './webhooks.routes.ts';

const secret = 'whsec_company_a';

/** A payment intent as Stripe sends it in an event (only the fields billing reads matter). */
const intent = (status: string, extra: Record<string, unknown> = {}) => ({
  id: 'pi_3Porter',
  object: 'payment_intent',
  amount: 12_550,
  currency: 'eur',
  status,
  metadata: { attemptId: 'attempt-1' },
  next_action: null,
  last_payment_error: null,
  ...extra,
});

describe.each(testDialects())('Stripe webhooks (%s)', (kind) => {
  let porter: TestPorter;
  let slugA: string;
  let slugB: string;
  let slugTest: string;
  const logLines: string[] = [];
  const received: { tenant: Tenant; result: ChargeResult }[] = [];

  beforeAll(async () => {
    porter = await startTestPorter(kind, { LOG_LEVEL: 'info' }, { logStream: { write: (line) => void logLines.push(line) }, housekeeping: false });
    // The app has the route wired to billing; this copy, under its own prefix, records what it hands on.
    await porter.app.register(async (scope) => registerBillingWebhookRoutes(scope, porter.ctx, { onChargeResult: async (tenant, result) => void received.push({ tenant, result }) }), { prefix: '/recorded' });
    const db = inspect(porter.ctx.db);
    const [a, b, onTest] = [await createTenant(db), await createTenant(db), await createTenant(db)];
    for (const tenant of [a, b]) {
      await db.updateTable('tenants').set({ payment_gateway: 'stripe', stripe_secret_key: 'sk_test_x', stripe_publishable_key: 'pk_test_x', stripe_webhook_secret: tenant === a ? secret : 'whsec_company_b' }).where('id', '=', tenant.tenantId).execute();
    }
    // A company still on the test gateway, with keys kept from before.
    await db.updateTable('tenants').set({ stripe_secret_key: 'sk_test_y', stripe_webhook_secret: secret }).where('id', '=', onTest.tenantId).execute();
    [slugA, slugB, slugTest] = [a.slug, b.slug, onTest.slug];
  });
  afterAll(async () => porter.close());

  const post = (slug: string, body: string, signature?: string) =>
    porter.app.inject({ method: 'POST', url: `/recorded/api/billing/webhooks/stripe/${slug}`, payload: body, headers: { 'content-type': 'application/json; charset=utf-8', ...(signature ? { 'stripe-signature': signature } : {}) } });

  it('hands a signed payment intent event to billing, with the company it came for', async () => {
    received.length = 0;
    const failed = signedStripeEvent('payment_intent.payment_failed', intent('requires_payment_method', { last_payment_error: { type: 'card_error', code: 'card_declined', decline_code: 'expired_card' } }), secret);
    const response = await post(slugA, failed.body, failed.signature);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: true });
    expect(received).toHaveLength(1);
    expect(received[0]!.tenant.slug).toBe(slugA);
    expect(received[0]!.result).toEqual({ paymentId: 'pi_3Porter', status: 'failed', nextActionUrl: null, failureCode: 'expired_card', metadata: { attemptId: 'attempt-1' } });
    const succeeded = signedStripeEvent('payment_intent.succeeded', intent('succeeded'), secret);
    expect((await post(slugA, succeeded.body, succeeded.signature)).statusCode).toBe(200);
    expect(received[1]!.result.status).toBe('succeeded');
  });

  it('answers 200 to a signed event of no interest, without troubling billing', async () => {
    received.length = 0;
    const other = signedStripeEvent('customer.updated', { id: 'cus_1', object: 'customer' }, secret);
    expect((await post(slugA, other.body, other.signature)).statusCode).toBe(200);
    expect(received).toHaveLength(0);
  });

  it('refuses a wrong signature, a tampered body or none with 400, and logs nothing of the payload', async () => {
    received.length = 0;
    logLines.length = 0;
    const marker = 'payload-marker-never-logged';
    const event = signedStripeEvent('payment_intent.succeeded', intent('succeeded', { description: marker }), secret);
    const otherCompanys = signedStripeEvent('payment_intent.succeeded', intent('succeeded', { description: marker }), 'whsec_company_b');
    for (const response of [
      await post(slugA, otherCompanys.body, otherCompanys.signature),
      await post(slugA, event.body.replace('"amount":12550', '"amount":1'), event.signature),
      await post(slugA, event.body),
      await post(slugA, event.body, 't=1,v1=deadbeef'),
    ]) {
      expect(response.statusCode).toBe(400);
      expect(response.json().error.fields).toHaveProperty(['stripe-signature']);
      expect(response.body).not.toContain(marker);
    }
    expect(received).toHaveLength(0);
    expect(logLines.join('\n')).not.toContain(marker);
    // The same event to the company whose secret signed it is accepted.
    expect((await post(slugB, otherCompanys.body, otherCompanys.signature)).statusCode).toBe(200);
    expect(received.map((r) => r.tenant.slug)).toEqual([slugB]);
  });

  it('answers 404 for an unknown company, or one not on Stripe', async () => {
    const event = signedStripeEvent('payment_intent.succeeded', intent('succeeded'), secret);
    expect((await post('no-such-company', event.body, event.signature)).statusCode).toBe(404);
    expect((await post(slugTest, event.body, event.signature)).statusCode).toBe(404);
  });

  it('takes a body of any content type as raw bytes, and refuses one too large for Stripe', async () => {
    received.length = 0;
    const event = signedStripeEvent('payment_intent.succeeded', intent('succeeded'), secret);
    const plain = await porter.app.inject({ method: 'POST', url: `/recorded/api/billing/webhooks/stripe/${slugA}`, payload: event.body, headers: { 'content-type': 'text/plain', 'stripe-signature': event.signature } });
    expect(plain.statusCode).toBe(200);
    const huge = signedStripeEvent('payment_intent.succeeded', intent('succeeded', { description: 'x'.repeat(600 * 1024) }), secret);
    expect((await post(slugA, huge.body, huge.signature)).statusCode).toBe(400);
    expect(received).toHaveLength(1);
  });
});
