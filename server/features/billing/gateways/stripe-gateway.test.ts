import Stripe from 'stripe';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeCards, startFakeStripe, type FakeCard, type FakeStripe } from '../../../test/fake-stripe.ts';
import type { ChargeInput, PaymentGateway } from './gateway.ts';
import { createStripeGateway, stripeGatewayOfTenant } from './stripe-gateway.ts';

/**
 * The Stripe gateway against a local fake of Stripe's API (no network here reaches Stripe): the
 * official SDK makes its real requests, to the fake's address instead of api.stripe.com.
 */
describe('Stripe gateway', () => {
  const webhookSecret = 'whsec_test_porter';
  let fake: FakeStripe;
  let gateway: PaymentGateway;

  beforeAll(async () => {
    fake = await startFakeStripe();
    gateway = createStripeGateway({ secretKey: 'sk_test_porter', publishableKey: 'pk_test_porter', webhookSecret, apiUrl: fake.url });
  });
  afterAll(async () => fake.close());
  afterEach(() => {
    fake.onRequest = undefined;
  });

  async function savedCard(card: FakeCard) {
    const customer = await gateway.ensureCustomer({ name: 'Harbour Offices', email: 'billing@harbour.test', existing: null });
    const setup = await gateway.startCardSetup({ gatewayCustomerId: customer });
    fake.completeSetup(setup.setupId, card);
    const saved = await gateway.finishCardSetup(setup.setupId);
    return { customer, token: saved!.token };
  }

  function chargeOf(customer: string, token: string, key: string): ChargeInput {
    return { idempotencyKey: key, amount: 12_550, currency: 'EUR', gatewayCustomerId: customer, cardToken: token, description: 'INV-2026-0042', metadata: { attemptId: key }, returnUrl: 'https://porter.test/portal/acme/billing' };
  }

  it('makes a Stripe customer on first use and keeps an existing one', async () => {
    const made = await gateway.ensureCustomer({ name: 'Harbour Offices', email: null, existing: null });
    expect(made).toMatch(/^cus_/);
    expect(fake.calls.at(-1)).toMatchObject({ method: 'POST', path: '/v1/customers', params: { name: 'Harbour Offices' } });
    const calls = fake.calls.length;
    expect(await gateway.ensureCustomer({ name: 'Harbour Offices', email: null, existing: 'cus_kept' })).toBe('cus_kept');
    expect(fake.calls).toHaveLength(calls);
  });

  it('saves a card through a set-up intent: only the token, its customer, brand, last four digits and expiry come back', async () => {
    const customer = await gateway.ensureCustomer({ name: 'Harbour Offices', email: null, existing: null });
    const setup = await gateway.startCardSetup({ gatewayCustomerId: customer });
    expect(setup).toEqual({ setupId: expect.stringMatching(/^seti_/), clientSecret: expect.stringMatching(/_secret_/), publishableKey: 'pk_test_porter' });
    expect(fake.calls.at(-1)).toMatchObject({ path: '/v1/setup_intents', params: { customer, usage: 'off_session', allowed_payment_method_types: ['card'] } });
    // Not finished by the customer yet.
    expect(await gateway.finishCardSetup(setup.setupId)).toBeNull();
    fake.completeSetup(setup.setupId, 'succeeds', { month: 8, year: 2031 });
    expect(await gateway.finishCardSetup(setup.setupId)).toEqual({ token: fakeCards.succeeds.id, gatewayCustomerId: customer, brand: 'visa', last4: '4242', expMonth: 8, expYear: 2031 });
    expect(fake.calls.at(-1)).toMatchObject({ method: 'GET', params: { expand: ['payment_method'] } });
  });

  it('detaches a card, and a card already gone at Stripe is not an error', async () => {
    const { token } = await savedCard('succeeds');
    await gateway.detachCard(token);
    expect(fake.calls.at(-1)).toMatchObject({ method: 'POST', path: `/v1/payment_methods/${token}/detach` });
    await expect(gateway.detachCard(token)).resolves.toBeUndefined();
  });

  it('charges a saved card off-session, with the amount in minor units and the currency in lower case', async () => {
    const { customer, token } = await savedCard('succeeds');
    const result = await gateway.charge(chargeOf(customer, token, 'attempt-ok'));
    expect(result).toEqual({ paymentId: expect.stringMatching(/^pi_/), status: 'succeeded', nextActionUrl: null, failureCode: null, metadata: { attemptId: 'attempt-ok' } });
    expect(fake.calls.at(-1)).toMatchObject({
      path: '/v1/payment_intents',
      idempotencyKey: 'attempt-ok',
      params: { amount: '12550', currency: 'eur', customer, payment_method: token, off_session: 'true', confirm: 'true', description: 'INV-2026-0042', metadata: { attemptId: 'attempt-ok' } },
    });
    expect(await gateway.retrieveCharge(result.paymentId)).toEqual(result);
  });

  it('asked twice with the same idempotency key, charges once and answers the first charge', async () => {
    const { customer, token } = await savedCard('succeeds');
    const first = await gateway.charge(chargeOf(customer, token, 'attempt-twice'));
    const second = await gateway.charge(chargeOf(customer, token, 'attempt-twice'));
    expect(second.paymentId).toBe(first.paymentId);
    expect(fake.chargesMade('attempt-twice')).toBe(1);
    await gateway.charge(chargeOf(customer, token, 'attempt-other'));
    expect(fake.chargesMade('attempt-other')).toBe(1);
  });

  it('answers a decline as failed, with the bank’s reason and the payment’s id', async () => {
    const { customer, token } = await savedCard('declines');
    const result = await gateway.charge(chargeOf(customer, token, 'attempt-declined'));
    expect(result).toEqual({ paymentId: expect.stringMatching(/^pi_/), status: 'failed', nextActionUrl: null, failureCode: 'insufficient_funds', metadata: { attemptId: 'attempt-declined' } });
    // Asked later, Stripe's intent says the same.
    expect(await gateway.retrieveCharge(result.paymentId)).toMatchObject({ status: 'failed', failureCode: 'insufficient_funds' });
  });

  it('answers a card that needs the customer as requires_action, with the page to open', async () => {
    const { customer, token } = await savedCard('authenticates');
    const result = await gateway.charge(chargeOf(customer, token, 'attempt-3ds'));
    expect(result).toEqual({ paymentId: expect.stringMatching(/^pi_/), status: 'requires_action', nextActionUrl: `${fake.url}/authenticate/${result.paymentId}`, failureCode: null, metadata: { attemptId: 'attempt-3ds' } });
    expect(await gateway.retrieveCharge(result.paymentId)).toMatchObject({ status: 'requires_action' });
    // The customer authenticated: the intent succeeded.
    fake.updateIntent(result.paymentId, { status: 'succeeded', next_action: null, last_payment_error: null });
    expect(await gateway.retrieveCharge(result.paymentId)).toMatchObject({ status: 'succeeded', nextActionUrl: null });
  });

  it('reads processing and canceled intents', async () => {
    const { customer, token } = await savedCard('succeeds');
    const { paymentId } = await gateway.charge(chargeOf(customer, token, 'attempt-states'));
    fake.updateIntent(paymentId, { status: 'processing' });
    expect(await gateway.retrieveCharge(paymentId)).toMatchObject({ status: 'processing', failureCode: null });
    fake.updateIntent(paymentId, { status: 'canceled' });
    expect(await gateway.retrieveCharge(paymentId)).toMatchObject({ status: 'failed', failureCode: 'canceled' });
  });

  it('throws when the answer is unknown: a 500 from Stripe, or the connection closing', async () => {
    const { customer, token } = await savedCard('succeeds');
    fake.onRequest = (call, response) => {
      if (call.path !== '/v1/payment_intents') return;
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { type: 'api_error', message: 'An unknown error occurred' } }));
      return 'answered';
    };
    await expect(gateway.charge(chargeOf(customer, token, 'attempt-500'))).rejects.toThrow();
    expect(fake.chargesMade('attempt-500')).toBe(0);
    // The connection closes before Stripe did anything: unknown too, and nothing was charged.
    fake.onRequest = (call) => (call.path === '/v1/payment_intents' ? 'drop' : undefined);
    await expect(gateway.charge(chargeOf(customer, token, 'attempt-dropped'))).rejects.toThrow();
    expect(fake.chargesMade('attempt-dropped')).toBe(0);
    // Charged, but every answer is lost (the SDK asks once more with the same key, and loses that too).
    fake.onRequest = (call) => (call.path === '/v1/payment_intents' ? 'drop-after' : undefined);
    await expect(gateway.charge(chargeOf(customer, token, 'attempt-lost'))).rejects.toThrow();
    fake.onRequest = undefined;
    // Asking again with the stored key answers the charge that was made, and makes no other.
    expect(await gateway.charge(chargeOf(customer, token, 'attempt-lost'))).toMatchObject({ status: 'succeeded' });
    expect(fake.chargesMade('attempt-lost')).toBe(1);
    await expect(gateway.retrieveCharge('pi_unknown')).rejects.toThrow();
  });

  it('refunds through Stripe’s refunds with the idempotency key: once per key, up to what is left, a refusal answered as failed', async () => {
    const { customer, token } = await savedCard('succeeds');
    const { paymentId } = await gateway.charge(chargeOf(customer, token, 'attempt-refunded'));
    const part = await gateway.refund({ idempotencyKey: 'refund-part', paymentId, amount: 2_550, metadata: { refundId: 'r1' } });
    expect(part).toEqual({ refundId: expect.stringMatching(/^re_/), status: 'succeeded', failureCode: null });
    expect(fake.calls.at(-1)).toMatchObject({ method: 'POST', path: '/v1/refunds', idempotencyKey: 'refund-part', params: { payment_intent: paymentId, amount: '2550', reason: 'requested_by_customer', metadata: { refundId: 'r1' } } });
    expect(await gateway.refund({ idempotencyKey: 'refund-part', paymentId, amount: 2_550, metadata: { refundId: 'r1' } })).toEqual(part);
    expect(fake.refundsMade('refund-part')).toBe(1);
    expect(await gateway.retrieveRefund(part.refundId!)).toEqual(part);
    // More than is left: Stripe refuses, and nothing is refunded.
    expect(await gateway.refund({ idempotencyKey: 'refund-more', paymentId, amount: 10_001, metadata: {} })).toEqual({ refundId: null, status: 'failed', failureCode: 'amount_too_large' });
    expect(fake.refundsMade('refund-more')).toBe(0);
    expect(await gateway.refund({ idempotencyKey: 'refund-rest', paymentId, amount: 10_000, metadata: {} })).toMatchObject({ status: 'succeeded' });
    // A refund Stripe is still processing, failed later.
    const slow = await savedCard('refundFails');
    const charged = await gateway.charge(chargeOf(slow.customer, slow.token, 'attempt-refund-fails'));
    const pending = await gateway.refund({ idempotencyKey: 'refund-slow', paymentId: charged.paymentId, amount: 100, metadata: {} });
    expect(pending).toMatchObject({ status: 'pending', failureCode: null });
    fake.updateRefund(pending.refundId!, { status: 'failed', failure_reason: 'lost_or_stolen_card' });
    expect(await gateway.retrieveRefund(pending.refundId!)).toEqual({ refundId: pending.refundId, status: 'failed', failureCode: 'lost_or_stolen_card' });
    // Unknown: a 500 is thrown, and the same key later makes the refund once.
    fake.onRequest = (call, response) => {
      if (call.path !== '/v1/refunds') return;
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { type: 'api_error', message: 'An unknown error occurred' } }));
      return 'answered';
    };
    const { paymentId: other } = await gateway.charge(chargeOf(customer, token, 'attempt-refund-500'));
    await expect(gateway.refund({ idempotencyKey: 'refund-500', paymentId: other, amount: 100, metadata: {} })).rejects.toThrow();
    fake.onRequest = undefined;
    expect(await gateway.refund({ idempotencyKey: 'refund-500', paymentId: other, amount: 100, metadata: {} })).toMatchObject({ status: 'succeeded' });
    expect(fake.refundsMade('refund-500')).toBe(1);
  });

  describe('webhooks', () => {
    async function declinedIntent() {
      const { customer, token } = await savedCard('declines');
      const { paymentId } = await gateway.charge(chargeOf(customer, token, `attempt-hook-${Math.random()}`));
      return fake.intent(paymentId)!;
    }

    it('reads a payment intent event signed with the company’s secret', async () => {
      const intent = await declinedIntent();
      const { body, signature } = fake.webhook('payment_intent.payment_failed', intent, webhookSecret);
      expect(await gateway.readWebhook(Buffer.from(body), signature)).toEqual({ paymentId: intent.id, status: 'failed', nextActionUrl: null, failureCode: 'insufficient_funds', metadata: intent.metadata });
      const succeeded = fake.webhook('payment_intent.succeeded', { ...intent, status: 'succeeded', last_payment_error: null }, webhookSecret);
      expect(await gateway.readWebhook(Buffer.from(succeeded.body), succeeded.signature)).toMatchObject({ paymentId: intent.id, status: 'succeeded' });
      const action = fake.webhook('payment_intent.requires_action', { ...intent, status: 'requires_action', last_payment_error: null, next_action: { type: 'redirect_to_url', redirect_to_url: { url: 'https://hooks.stripe.test/3ds', return_url: 'https://porter.test' } } }, webhookSecret);
      expect(await gateway.readWebhook(Buffer.from(action.body), action.signature)).toMatchObject({ status: 'requires_action', nextActionUrl: 'https://hooks.stripe.test/3ds' });
    });

    it('answers null for a wrong secret, a tampered body, no signature, or an event of no interest', async () => {
      const intent = await declinedIntent();
      const wrong = fake.webhook('payment_intent.succeeded', intent, 'whsec_someone_else');
      expect(await gateway.readWebhook(Buffer.from(wrong.body), wrong.signature)).toBeNull();
      const good = fake.webhook('payment_intent.succeeded', intent, webhookSecret);
      const tampered = good.body.replace('"amount":12550', '"amount":1');
      expect(tampered).not.toBe(good.body);
      expect(await gateway.readWebhook(Buffer.from(tampered), good.signature)).toBeNull();
      expect(await gateway.readWebhook(Buffer.from(good.body), undefined)).toBeNull();
      expect(await gateway.readWebhook(Buffer.from(good.body), 'garbage')).toBeNull();
      const other = fake.webhook('customer.created', { id: 'cus_1', object: 'customer' }, webhookSecret);
      expect(await gateway.readWebhook(Buffer.from(other.body), other.signature)).toBeNull();
    });

    it('answers null for a correctly signed event replayed after Stripe’s five minutes', async () => {
      const intent = await declinedIntent();
      const { body } = fake.webhook('payment_intent.succeeded', intent, webhookSecret);
      const stale = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret, timestamp: Math.floor(Date.now() / 1000) - 301 });
      expect(await gateway.readWebhook(Buffer.from(body), stale)).toBeNull();
      const fresh = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: webhookSecret, timestamp: Math.floor(Date.now() / 1000) - 240 });
      expect(await gateway.readWebhook(Buffer.from(body), fresh)).toMatchObject({ paymentId: intent.id });
    });
  });

  it('is the gateway only of a company that chose Stripe and saved its keys', () => {
    const keys = { stripe_secret_key: 'sk_test_1', stripe_publishable_key: 'pk_test_1', stripe_webhook_secret: 'whsec_1' };
    expect(stripeGatewayOfTenant({ payment_gateway: 'stripe', ...keys }, fake.url)?.name).toBe('stripe');
    expect(stripeGatewayOfTenant({ payment_gateway: 'test', ...keys }, fake.url)).toBeNull();
    expect(stripeGatewayOfTenant({ payment_gateway: 'stripe', ...keys, stripe_webhook_secret: null }, fake.url)).toBeNull();
  });
});
