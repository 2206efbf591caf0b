import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passesLuhn, testCardBehaviour, testCards } from '../../../../shared/features/billing/test-cards.ts';
import { createTenant } from '../../../test/factories.ts';
import { callApi, inspect, startTestPorter, testClock, testDialects, type TestPorter } from '../../../test/harness.ts';
import type { ChargeInput } from './gateway.ts';
import { createTestGateway } from './test-gateway.ts';

describe('test card numbers', () => {
  it('knows the three test numbers, typed with or without spaces, and checks Luhn', () => {
    expect(testCardBehaviour('4242 4242 4242 4242')).toBe('succeeds');
    expect(testCardBehaviour(testCards.declines)).toBe('declines');
    expect(testCardBehaviour('4000-0025-0000-3155')).toBe('secondStep');
    expect(testCardBehaviour('5555555555554444')).toBeNull();
    for (const number of Object.values(testCards)) expect(passesLuhn(number)).toBe(true);
    expect(passesLuhn('4242424242424241')).toBe(false);
    expect(passesLuhn('42')).toBe(false);
  });
});

describe.each(testDialects())('the test gateway on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  const clock = testClock(new Date('2026-12-03T12:00:00Z'));
  const gateway = () => createTestGateway(porter.ctx.db, tenant.tenantId, 'http://porter.test');

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  const confirm = (setupId: string, body: object) => callApi(porter, '', 'POST', `/api/test-gateway/setup-intents/${setupId}/confirm`, body);

  /** A saved test card's token, through the gateway's set-up as the browser finishes it. */
  async function savedCard(number: string, customer = 'tcus_one') {
    const setup = await gateway().startCardSetup({ gatewayCustomerId: customer });
    expect(await gateway().finishCardSetup(setup.setupId)).toBeNull();
    const confirmed = await confirm(setup.setupId, { clientSecret: setup.clientSecret, number, expMonth: 4, expYear: 2029, cvc: '123' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    return (await gateway().finishCardSetup(setup.setupId))!;
  }

  const chargeOf = (cardToken: string, idempotencyKey: string): ChargeInput => ({
    idempotencyKey,
    amount: 12_345,
    currency: 'USD',
    gatewayCustomerId: 'tcus_one',
    cardToken,
    description: 'INV-2026-0001',
    metadata: { attemptId: idempotencyKey },
    returnUrl: 'http://porter.test/portal/co/billing',
  });

  it('makes a customer once and keeps an existing one', async () => {
    expect(await gateway().ensureCustomer({ name: 'A', email: null, existing: null })).toMatch(/^tcus_/);
    expect(await gateway().ensureCustomer({ name: 'A', email: null, existing: 'tcus_kept' })).toBe('tcus_kept');
  });

  it('saves a card with brand, last four and expiry only', async () => {
    expect(await savedCard('4242 4242 4242 4242')).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 4, expYear: 2029, token: expect.stringMatching(/^tpm_/) });
  });

  it('refuses a number that fails Luhn, an unknown number, an expired card and a bad cvc, naming the field', async () => {
    const setup = await gateway().startCardSetup({ gatewayCustomerId: 'tcus_one' });
    const base = { clientSecret: setup.clientSecret, number: testCards.succeeds, expMonth: 12, expYear: 2026, cvc: '123' };
    const cases: [object, string, string][] = [
      [{ number: '4242424242424241' }, 'number', 'This is not a valid card number'],
      [{ number: '5555555555554444' }, 'number', 'Use one of the test card numbers: the test gateway charges no real card'],
      [{ expMonth: 11 }, 'expMonth', 'This card has expired'],
      [{ expYear: 2025 }, 'expYear', 'This card has expired'],
      [{ cvc: '12' }, 'cvc', 'This value is not valid'],
      [{ expMonth: 13 }, 'expMonth', 'Enter 12 or less'],
    ];
    for (const [change, field, words] of cases) {
      const refused = await confirm(setup.setupId, { ...base, ...change });
      expect(refused.statusCode, JSON.stringify(change)).toBe(400);
      expect(refused.json().error.fields).toEqual({ [field]: words });
    }
    // December of this year has not run out yet.
    expect((await confirm(setup.setupId, base)).statusCode).toBe(200);
  });

  it('answers 404 to a wrong client secret and 409 to a set-up confirmed twice', async () => {
    const setup = await gateway().startCardSetup({ gatewayCustomerId: 'tcus_one' });
    const card = { number: testCards.succeeds, expMonth: 12, expYear: 2030, cvc: '123' };
    expect((await confirm(setup.setupId, { ...card, clientSecret: `${setup.clientSecret}x` })).statusCode).toBe(404);
    expect((await confirm('tseti_none', { ...card, clientSecret: setup.clientSecret })).statusCode).toBe(404);
    const other = await gateway().startCardSetup({ gatewayCustomerId: 'tcus_one' });
    expect((await confirm(setup.setupId, { ...card, clientSecret: other.clientSecret })).statusCode).toBe(404);
    expect((await confirm(setup.setupId, { ...card, clientSecret: setup.clientSecret })).statusCode).toBe(200);
    expect((await confirm(setup.setupId, { ...card, clientSecret: setup.clientSecret })).statusCode).toBe(409);
  });

  it('charges 4242 successfully, declines 0002, and answers a repeated key with the first charge', async () => {
    const good = await savedCard(testCards.succeeds);
    const paid = await gateway().charge(chargeOf(good.token, 'key-good'));
    expect(paid).toMatchObject({ status: 'succeeded', nextActionUrl: null, failureCode: null, metadata: { attemptId: 'key-good' } });
    const again = await gateway().charge({ ...chargeOf(good.token, 'key-good'), amount: 1 });
    expect(again.paymentId).toBe(paid.paymentId);
    const bad = await savedCard(testCards.declines);
    expect(await gateway().charge(chargeOf(bad.token, 'key-bad'))).toMatchObject({ status: 'failed', failureCode: 'card_declined' });
    // Two calls with one key at once still make one payment.
    const both = await Promise.all([gateway().charge(chargeOf(good.token, 'key-twice')), gateway().charge(chargeOf(good.token, 'key-twice'))]);
    expect(both[0].paymentId).toBe(both[1].paymentId);
    const rows = await inspect(porter.ctx.db).selectFrom('test_gateway_objects').select('id').where('idempotency_key', '=', 'key-twice').execute();
    expect(rows).toHaveLength(1);
    // A detached card, or another customer's, is not charged.
    expect(await gateway().charge({ ...chargeOf(good.token, 'key-other'), gatewayCustomerId: 'tcus_two' })).toMatchObject({ status: 'failed', failureCode: 'card_not_found' });
    await gateway().detachCard(good.token);
    expect(await gateway().charge(chargeOf(good.token, 'key-detached'))).toMatchObject({ status: 'failed', failureCode: 'card_not_found' });
  });

  it('asks 3155 for a second step: approved it succeeds, failed it is declined; answered once', async () => {
    const card = await savedCard(testCards.secondStep);
    for (const approve of [true, false]) {
      const pending = await gateway().charge(chargeOf(card.token, `key-3ds-${approve}`));
      expect(pending).toMatchObject({ status: 'requires_action', nextActionUrl: `http://porter.test/test-gateway/authenticate/${pending.paymentId}` });
      const shown = await callApi(porter, '', 'GET', `/api/test-gateway/payments/${pending.paymentId}`);
      expect(shown.json()).toMatchObject({ amount: 12_345, currency: 'USD', status: 'requires_action', last4: '3155', returnUrl: 'http://porter.test/portal/co/billing' });
      const answered = await callApi(porter, '', 'POST', `/api/test-gateway/payments/${pending.paymentId}/authenticate`, { approve });
      expect(answered.statusCode, answered.body).toBe(200);
      // A new gateway object reads the same records, as after a restart.
      expect(await gateway().retrieveCharge(pending.paymentId)).toMatchObject(approve ? { status: 'succeeded', failureCode: null } : { status: 'failed', failureCode: 'authentication_failed' });
      expect((await callApi(porter, '', 'POST', `/api/test-gateway/payments/${pending.paymentId}/authenticate`, { approve })).statusCode).toBe(409);
    }
    expect((await callApi(porter, '', 'POST', '/api/test-gateway/payments/tpi_none/authenticate', { approve: true })).statusCode).toBe(404);
    expect((await callApi(porter, '', 'GET', '/api/test-gateway/payments/tpi_none')).statusCode).toBe(404);
  });

  it('refunds a succeeded charge up to what is left of it, answers a repeated key with the first refund, and refuses 5126’s refunds', async () => {
    const card = await savedCard(testCards.succeeds);
    const paid = await gateway().charge(chargeOf(card.token, 'key-refunded'));
    const part = await gateway().refund({ idempotencyKey: 'refund-part', paymentId: paid.paymentId, amount: 12_000, metadata: {} });
    expect(part).toEqual({ refundId: expect.stringMatching(/^tre_/), status: 'succeeded', failureCode: null });
    expect(await gateway().refund({ idempotencyKey: 'refund-part', paymentId: paid.paymentId, amount: 12_000, metadata: {} })).toEqual(part);
    expect(await gateway().retrieveRefund(part.refundId!)).toEqual(part);
    expect(await gateway().refund({ idempotencyKey: 'refund-more', paymentId: paid.paymentId, amount: 346, metadata: {} })).toMatchObject({ status: 'failed', failureCode: 'amount_too_large' });
    expect(await gateway().refund({ idempotencyKey: 'refund-rest', paymentId: paid.paymentId, amount: 345, metadata: {} })).toMatchObject({ status: 'succeeded' });
    const declined = await gateway().charge(chargeOf((await savedCard(testCards.declines)).token, 'key-declined-refund'));
    expect(await gateway().refund({ idempotencyKey: 'refund-declined', paymentId: declined.paymentId, amount: 1, metadata: {} })).toMatchObject({ status: 'failed', failureCode: 'charge_not_refundable' });
    const refusing = await gateway().charge(chargeOf((await savedCard(testCards.refundFails)).token, 'key-refund-fails'));
    expect(refusing.status).toBe('succeeded');
    expect(await gateway().refund({ idempotencyKey: 'refund-refused', paymentId: refusing.paymentId, amount: 1, metadata: {} })).toMatchObject({ status: 'failed', failureCode: 'refund_declined' });
  });

  it('has no webhooks and keeps each company’s records apart', async () => {
    expect(await gateway().readWebhook(Buffer.from('{}'), 'sig')).toBeNull();
    const card = await savedCard(testCards.succeeds);
    const rival = await createTenant(porter.ctx.db);
    const theirs = createTestGateway(porter.ctx.db, rival.tenantId, 'http://porter.test');
    expect(await theirs.charge(chargeOf(card.token, 'key-rival'))).toMatchObject({ status: 'failed', failureCode: 'card_not_found' });
    const paid = await gateway().charge(chargeOf(card.token, 'key-mine'));
    await expect(theirs.retrieveCharge(paid.paymentId)).rejects.toThrow();
  });
});
