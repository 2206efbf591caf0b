import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card, CardSetup } from '../../../shared/features/billing/cards.contract.ts';
import type { Invoice, RefundResult } from '../../../shared/features/billing/invoices.contract.ts';
import type { Payment } from '../../../shared/features/billing/payments.contract.ts';
import { testCards } from '../../../shared/features/billing/test-cards.ts';
import type { StaffActor } from '../../http/auth.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { fakeCards, startFakeStripe, type FakeStripe } from '../../test/fake-stripe.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { gatewayFor } from './gateways/gateways.ts';
import type { GatewayFor } from './payments.service.ts';
import { reconcileRefunds, refundPayment } from './refunds.service.ts';

type Company = Awaited<ReturnType<typeof createTenant>>;

describe.each(testDialects())('refunds of card payments on %s', (kind) => {
  let porter: TestPorter;
  let fake: FakeStripe;
  let tenant: Company;
  let other: Company;
  let owner: string;
  let supervisor: string;
  let stranger: string;

  beforeAll(async () => {
    fake = await startFakeStripe();
    porter = await startTestPorter(kind, { STRIPE_API_URL: fake.url }, { housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    stranger = await signInStaff(porter, other.ownerEmail);
  });
  afterAll(async () => {
    await porter.close();
    await fake.close();
  });

  const db = () => inspect(porter.ctx.db);
  const key = () => `key-${newId()}`;

  /** A customer with a billing contact signed in to the portal. */
  async function billingCustomer(company = tenant) {
    const customer = await createCustomer(porter.ctx.db, company.tenantId, { portal: true });
    const user = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    await db().updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', user.id).execute();
    const locationId = customer.locationIds[0]!;
    return {
      company,
      customer,
      user,
      portal: await signInPortal(porter, company.slug, user.email),
      url: (path: string) => `/api/portal/${company.slug}/locations/${locationId}/billing${path ? `/${path}` : ''}`,
    };
  }
  type Billing = Awaited<ReturnType<typeof billingCustomer>>;

  /** Adds a card as the browser does, through the test gateway. */
  async function addCard(who: Billing, number: string = testCards.succeeds): Promise<Card> {
    const setup: CardSetup = (await callApi(porter, who.portal, 'POST', who.url('cards/setup'))).json();
    await callApi(porter, '', 'POST', `/api/test-gateway/setup-intents/${setup.setupId}/confirm`, { clientSecret: setup.clientSecret, number, expMonth: 12, expYear: 2030, cvc: '123' });
    const finished = await callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: setup.setupId });
    expect(finished.statusCode, finished.body).toBe(201);
    return finished.json();
  }

  /** A sent invoice, inserted as the office's send leaves it. */
  async function invoice(tenantId: TenantId, customerId: string, total: number) {
    const id = newId();
    const stamp = isoNow();
    await db()
      .insertInto('invoices')
      .values({
        id, tenant_id: tenantId, customer_id: customerId, kind: 'invoice', number: `INV-R-${id.slice(-8)}`, status: 'sent', corrects_invoice_id: null,
        issue_date: '2026-03-01', due_date: '2099-03-15', period_start: null, period_end: null, currency: 'USD', subtotal: total, discount_total: 0, tax_total: 0, total, tip: 0,
        notes: null, sent_at: stamp, voided_at: null, void_reason: null, created_by_staff_id: null, created_at: stamp, updated_at: stamp,
      })
      .execute();
    return id;
  }

  /** The customer pays the invoices by card from the portal. */
  async function pay(who: Billing, invoiceIds: string[], tips: Record<string, number> = {}): Promise<Payment> {
    const paid = await callApi(porter, who.portal, 'POST', who.url('payments'), { invoiceIds, tips, idempotencyKey: key() });
    expect(paid.statusCode, paid.body).toBe(201);
    expect(paid.json().status).toBe('succeeded');
    return paid.json();
  }

  /** A paid invoice of a new customer: the invoice's id and the payment's. */
  async function paidInvoice(total: number, options: { card?: string; tip?: number } = {}) {
    const who = await billingCustomer();
    await addCard(who, options.card);
    const invoiceId = await invoice(tenant.tenantId, who.customer.id, total);
    const payment = await pay(who, [invoiceId], options.tip ? { [invoiceId]: options.tip } : {});
    return { who, invoiceId, paymentId: payment.id };
  }

  const refund = (invoiceId: string, paymentId: string, body: object, cookie = owner) => callApi(porter, cookie, 'POST', `/api/office/invoices/${invoiceId}/payments/${paymentId}/refunds`, body);
  const officeInvoice = async (id: string, cookie = owner): Promise<Invoice> => (await callApi(porter, cookie, 'GET', `/api/office/invoices/${id}`)).json();
  const refundEntries = (invoiceId: string) => db().selectFrom('ledger_entries').select(['kind', 'amount', 'method', 'note', 'refund_id']).where('invoice_id', '=', invoiceId).where('kind', '=', 'refund').orderBy('created_at').orderBy('amount').execute();
  const gatewayRefunds = async (idempotencyKey: string) => (await db().selectFrom('test_gateway_objects').select('id').where('kind', '=', 'refund').where('idempotency_key', '=', idempotencyKey).execute()).length;

  it('refunds part of a payment, then exactly the rest; a minor unit more is refused naming the amount; the tip stays', async () => {
    const { who, invoiceId, paymentId } = await paidInvoice(10_000, { tip: 1_500 });
    const before = await officeInvoice(invoiceId);
    expect(before).toMatchObject({ status: 'paid', due: 0, cardPayments: [{ id: paymentId, card: { brand: 'visa', last4: '4242' }, amount: 10_000, tip: 1_500, refunded: 0, refundable: 10_000 }], refunds: [] });

    const part = await refund(invoiceId, paymentId, { amount: 2_500, reason: 'Window cleaning skipped', idempotencyKey: key() });
    expect(part.statusCode, part.body).toBe(201);
    const first: RefundResult = part.json();
    expect(first.refund).toMatchObject({ paymentId, amount: 2_500, status: 'succeeded', reason: 'Window cleaning skipped', failureCode: null });
    expect(first.invoice).toMatchObject({ status: 'partly_paid', paid: 7_500, due: 2_500, cardPayments: [{ refunded: 2_500, refundable: 7_500 }] });
    expect(await refundEntries(invoiceId)).toEqual([{ kind: 'refund', amount: 2_500, method: 'card', note: 'Window cleaning skipped', refund_id: first.refund.id }]);
    expect((await callApi(porter, owner, 'GET', `/api/office/customers/${who.customer.id}/billing`)).json()).toMatchObject({ openBalance: 2_500 });
    // The unpaid list's totals read the paid amount the database keeps from the ledger: refund in, tip out.
    const unpaid = (await callApi(porter, owner, 'GET', `/api/office/invoices?view=unpaid&customerId=${who.customer.id}`)).json();
    expect(unpaid.totals).toEqual({ count: 1, total: 10_000, due: 2_500 });
    const audited = await db().selectFrom('audit_events').select(['actor_kind', 'actor_id', 'subject', 'details']).where('tenant_id', '=', tenant.tenantId).where('action', '=', 'refund.requested').where('subject', '=', who.customer.id).execute();
    expect(audited.map((row) => ({ ...row, details: JSON.parse(row.details!) }))).toEqual([
      { actor_kind: 'staff', actor_id: tenant.ownerId, subject: who.customer.id, details: { refundId: first.refund.id, invoiceId, paymentId, amount: 2_500, currency: 'USD', reason: 'Window cleaning skipped' } },
    ]);

    const tooMuch = await refund(invoiceId, paymentId, { amount: 7_501, reason: 'Everything', idempotencyKey: key() });
    expect(tooMuch.statusCode, tooMuch.body).toBe(400);
    expect(Object.keys(tooMuch.json().error.fields)).toEqual(['amount']);

    const rest = await refund(invoiceId, paymentId, { amount: 7_500, reason: 'Everything', idempotencyKey: key() });
    expect(rest.statusCode, rest.body).toBe(201);
    expect((rest.json() as RefundResult).invoice).toMatchObject({ status: 'sent', paid: 0, due: 10_000, cardPayments: [{ refunded: 10_000, refundable: 0 }] });
    const after = await refund(invoiceId, paymentId, { amount: 1, reason: 'Once more', idempotencyKey: key() });
    expect(after.statusCode, after.body).toBe(409);

    // The tip is never refunded here: it is still recorded against the invoice.
    expect(await db().selectFrom('ledger_entries').select('amount').where('invoice_id', '=', invoiceId).where('kind', '=', 'tip').execute()).toEqual([{ amount: 1_500 }]);
    // The portal: the customer owes the invoice again, and each refund is a row of its history, by card.
    expect((await callApi(porter, who.portal, 'GET', who.url(''))).json()).toMatchObject({ openBalance: 10_000 });
    const history = (await callApi(porter, who.portal, 'GET', who.url('history'))).json() as { items: { kind: string; amount: number; tip: number; method: string | null; invoices: { id: string }[] }[] };
    expect(history.items.map((e) => [e.kind, e.amount, e.tip, e.method, e.invoices.map((i) => i.id)])).toEqual([
      ['refund', 7_500, 0, 'card', [invoiceId]],
      ['refund', 2_500, 0, 'card', [invoiceId]],
      ['charge', 10_000, 1_500, 'card', [invoiceId]],
    ]);
  });

  it('refunds once for one idempotency key, sent again or twice at once', async () => {
    const { invoiceId, paymentId } = await paidInvoice(4_000);
    const k1 = key();
    const once = await refund(invoiceId, paymentId, { amount: 1_000, reason: 'Late', idempotencyKey: k1 });
    const again = await refund(invoiceId, paymentId, { amount: 1_000, reason: 'Late', idempotencyKey: k1 });
    expect([once.statusCode, again.statusCode], again.body).toEqual([201, 201]);
    expect(again.json().refund.id).toBe(once.json().refund.id);
    expect(await gatewayRefunds(k1)).toBe(1);

    const k2 = key();
    const both = await Promise.all([refund(invoiceId, paymentId, { amount: 3_000, reason: 'All of it', idempotencyKey: k2 }), refund(invoiceId, paymentId, { amount: 3_000, reason: 'All of it', idempotencyKey: k2 })]);
    expect(both.map((r) => r.statusCode), both.map((r) => r.body).join('\n')).toEqual([201, 201]);
    expect(both[0]!.json().refund.id).toBe(both[1]!.json().refund.id);
    expect(await gatewayRefunds(k2)).toBe(1);
    expect((await refundEntries(invoiceId)).map((e) => e.amount)).toEqual([1_000, 3_000]);
    expect(await db().selectFrom('refunds').select('id').where('invoice_id', '=', invoiceId).execute()).toHaveLength(2);
    expect((await officeInvoice(invoiceId)).status).toBe('sent');

    // Two refunds with their own keys at once never give back more than was paid.
    const race = await paidInvoice(4_000);
    const racing = await Promise.all([0, 1].map(() => refund(race.invoiceId, race.paymentId, { amount: 3_000, reason: 'Twice', idempotencyKey: key() })));
    expect(racing.map((r) => r.statusCode).sort(), racing.map((r) => r.body).join('\n')).toEqual([201, 400]);
    expect((await refundEntries(race.invoiceId)).map((e) => e.amount)).toEqual([3_000]);

    // The same key for another payment is not that refund.
    const second = await paidInvoice(500);
    expect((await refund(second.invoiceId, second.paymentId, { amount: 500, reason: 'Late', idempotencyKey: k1 })).statusCode).toBe(409);
  });

  it('a refund the gateway refuses is failed with its reason: nothing in the ledger, the invoice still paid, the amount refundable again', async () => {
    const { invoiceId, paymentId } = await paidInvoice(6_000, { card: testCards.refundFails });
    const response = await refund(invoiceId, paymentId, { amount: 6_000, reason: 'Cancelled', idempotencyKey: key() });
    expect(response.statusCode, response.body).toBe(201);
    const result: RefundResult = response.json();
    expect(result.refund).toMatchObject({ status: 'failed', failureCode: 'refund_declined' });
    expect(result.invoice).toMatchObject({ status: 'paid', due: 0, cardPayments: [{ refunded: 0, refundable: 6_000 }], refunds: [{ status: 'failed', amount: 6_000 }] });
    expect(await refundEntries(invoiceId)).toEqual([]);
  });

  it('a refund whose answer was lost stays pending, counts against what is left, and is settled once by the reconciler', async () => {
    const { invoiceId, paymentId } = await paidInvoice(3_300);
    let thrown = 0;
    const losing: GatewayFor = (ctx, company) => {
      const real = gatewayFor(ctx, company);
      return {
        ...real,
        refund: async (input) => {
          const result = await real.refund(input);
          if (thrown++ === 0) throw new Error('connection reset after the refund');
          return result;
        },
      };
    };
    const k = key();
    const actor: StaffActor = { kind: 'staff', tenantId: tenant.tenantId, userId: tenant.ownerId, sessionId: 'test', role: 'owner', name: 'Owner', email: tenant.ownerEmail, language: null };
    const lost = await refundPayment(porter.ctx, losing, actor, invoiceId, paymentId, { amount: 3_000, reason: 'Broken vase', idempotencyKey: k });
    expect(lost.refund.status).toBe('pending');
    expect(lost.invoice).toMatchObject({ status: 'paid', cardPayments: [{ refunded: 0, refundable: 300 }] });
    expect(await refundEntries(invoiceId)).toEqual([]);
    const tooMuch = await refund(invoiceId, paymentId, { amount: 301, reason: 'More', idempotencyKey: key() });
    expect(tooMuch.statusCode, tooMuch.body).toBe(400);
    // Too recent for the default minute: left to its request.
    await reconcileRefunds(porter.ctx, losing);
    expect((await db().selectFrom('refunds').select('status').where('idempotency_key', '=', k).executeTakeFirstOrThrow()).status).toBe('pending');
    expect(await reconcileRefunds(porter.ctx, losing, porter.ctx.now(), 0)).toBe(1);
    expect(await gatewayRefunds(k)).toBe(1);
    expect((await refundEntries(invoiceId)).map((e) => e.amount)).toEqual([3_000]);
    expect(await officeInvoice(invoiceId)).toMatchObject({ status: 'partly_paid', due: 3_000, refunds: [{ status: 'succeeded' }] });
  });

  it('refuses a role without billing manage, answers 404 for another company’s ids and a payment of another invoice, 409 for a payment that did not go through', async () => {
    const { who, invoiceId, paymentId } = await paidInvoice(2_000);
    const body = () => ({ amount: 100, reason: 'Sorry', idempotencyKey: key() });
    expect((await refund(invoiceId, paymentId, body(), supervisor)).statusCode).toBe(403);
    expect((await refund(invoiceId, paymentId, body(), stranger)).statusCode).toBe(404);

    // Another company's payment, named with this company's invoice, and the other way round.
    const foreign = await billingCustomer(other);
    await addCard(foreign);
    const foreignInvoice = await invoice(other.tenantId, foreign.customer.id, 1_000);
    const foreignPayment = await pay(foreign, [foreignInvoice]);
    expect((await refund(invoiceId, foreignPayment.id, body())).statusCode).toBe(404);
    expect((await refund(foreignInvoice, foreignPayment.id, body())).statusCode).toBe(404);
    // A payment of another invoice of the same customer.
    const second = await invoice(tenant.tenantId, who.customer.id, 700);
    const secondPayment = await pay(who, [second]);
    expect((await refund(invoiceId, secondPayment.id, body())).statusCode).toBe(404);

    const declined = await billingCustomer();
    await addCard(declined, testCards.declines);
    const owed = await invoice(tenant.tenantId, declined.customer.id, 900);
    const failed = (await callApi(porter, declined.portal, 'POST', declined.url('payments'), { invoiceIds: [owed], idempotencyKey: key() })).json() as Payment;
    expect(failed.status).toBe('failed');
    expect((await refund(owed, failed.id, body())).statusCode).toBe(409);

    const blank = await refund(invoiceId, paymentId, { amount: 0, reason: ' ', idempotencyKey: key() });
    expect(blank.statusCode).toBe(400);
    expect(Object.keys(blank.json().error.fields).sort()).toEqual(['amount', 'reason']);
    expect(await db().selectFrom('refunds').select('id').where('invoice_id', '=', invoiceId).execute()).toEqual([]);
  });

  it('refunds a Stripe payment through Stripe’s refunds with its key; one Stripe still processes is settled later', async () => {
    const company = await createTenant(porter.ctx.db);
    await db().updateTable('tenants').set({ payment_gateway: 'stripe', stripe_secret_key: 'sk_test_refunds', stripe_publishable_key: 'pk_test_refunds', stripe_webhook_secret: 'whsec_refunds' }).where('id', '=', company.tenantId).execute();
    const cookie = await signInStaff(porter, company.ownerEmail);
    const stripeCall = async (url: string, form: Record<string, string>) =>
      (await (await fetch(`${fake.url}${url}`, { method: 'POST', headers: { authorization: 'Bearer sk_test_refunds', 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) })).json()) as { id: string };

    async function stripePayment(card: 'succeeds' | 'refundFails', total: number) {
      const who = await billingCustomer(company);
      const stripeCustomer = await stripeCall('/v1/customers', { name: 'Refund Customer' });
      const setup = await stripeCall('/v1/setup_intents', { customer: stripeCustomer.id });
      fake.completeSetup(setup.id, card);
      await db().updateTable('customers').set({ gateway_customer_id: stripeCustomer.id }).where('id', '=', who.customer.id).execute();
      await db().insertInto('cards').values({ id: newId(), tenant_id: company.tenantId, customer_id: who.customer.id, gateway: 'stripe', token: fakeCards[card].id, brand: 'visa', last4: fakeCards[card].last4, exp_month: 12, exp_year: 2030, is_default: true, added_by_portal_user_id: null, created_at: isoNow(), removed_at: null }).execute();
      const invoiceId = await invoice(company.tenantId, who.customer.id, total);
      return { invoiceId, payment: await pay(who, [invoiceId]) };
    }

    const { invoiceId, payment } = await stripePayment('succeeds', 12_550);
    const k = key();
    const bodyOf = { amount: 2_550, reason: 'Missed a room', idempotencyKey: k };
    const first = await refund(invoiceId, payment.id, bodyOf, cookie);
    const again = await refund(invoiceId, payment.id, bodyOf, cookie);
    expect([first.statusCode, again.statusCode], first.body).toEqual([201, 201]);
    expect(first.json().refund).toMatchObject({ status: 'succeeded', amount: 2_550 });
    expect(fake.refundsMade(k)).toBe(1);
    const attempt = await db().selectFrom('payment_attempts').select('gateway_payment_id').where('id', '=', payment.id).executeTakeFirstOrThrow();
    expect(fake.calls.find((call) => call.path === '/v1/refunds' && call.idempotencyKey === k)).toMatchObject({ method: 'POST', params: { payment_intent: attempt.gateway_payment_id, amount: '2550', metadata: { attemptId: payment.id } } });
    expect(first.json().invoice).toMatchObject({ status: 'partly_paid', due: 2_550 });

    // Stripe takes this one as pending; the reconciler asks about it by its id once Stripe has answered.
    const slow = await stripePayment('refundFails', 5_000);
    const pending = await refund(slow.invoiceId, slow.payment.id, { amount: 5_000, reason: 'Cancelled', idempotencyKey: key() }, cookie);
    expect(pending.statusCode, pending.body).toBe(201);
    expect(pending.json().refund.status).toBe('pending');
    const stored = await db().selectFrom('refunds').select(['id', 'gateway_refund_id']).where('invoice_id', '=', slow.invoiceId).executeTakeFirstOrThrow();
    expect(stored.gateway_refund_id).toMatch(/^re_/);
    fake.updateRefund(stored.gateway_refund_id!, { status: 'failed', failure_reason: 'expired_or_canceled_card' });
    await reconcileRefunds(porter.ctx, gatewayFor, porter.ctx.now(), 0);
    expect(await officeInvoice(slow.invoiceId, cookie)).toMatchObject({ status: 'paid', refunds: [{ status: 'failed', failureCode: 'expired_or_canceled_card' }], cardPayments: [{ refundable: 5_000 }] });
    expect(await refundEntries(slow.invoiceId)).toEqual([]);
  });
});
