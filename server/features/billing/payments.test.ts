import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Card, CardSetup } from '../../../shared/features/billing/cards.contract.ts';
import type { Payment, PayPage } from '../../../shared/features/billing/payments.contract.ts';
import { testCards } from '../../../shared/features/billing/test-cards.ts';
import type { Tenant } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { signedStripeEvent } from '../../test/fake-stripe.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { chargeOnSend } from './autopay-charges.ts';
import { gatewayFor } from './gateways/gateways.ts';
import { payInvoices, reconcilePayments, type GatewayFor } from './payments.service.ts';

type Company = Awaited<ReturnType<typeof createTenant>>;

describe.each(testDialects())('card payments on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Company;
  let other: Company;
  let owner: string;

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  const db = () => inspect(porter.ctx.db);
  const key = () => `key-${newId()}`;
  const tenantRow = async (company: Company): Promise<Tenant> => (await findTenantById(porter.ctx.db, company.tenantId))!;

  /** A customer with a billing contact signed in, and a site contact of the same location. */
  async function billingCustomer(company = tenant) {
    const customer = await createCustomer(porter.ctx.db, company.tenantId, { portal: true });
    const user = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    await db().updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', user.id).execute();
    const site = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    const locationId = customer.locationIds[0]!;
    return {
      company,
      customer,
      user,
      locationId,
      portal: await signInPortal(porter, company.slug, user.email),
      sitePortal: await signInPortal(porter, company.slug, site.email),
      url: (path: string) => `/api/portal/${company.slug}/locations/${locationId}/billing${path ? `/${path}` : ''}`,
    };
  }
  type Billing = Awaited<ReturnType<typeof billingCustomer>>;

  /** Adds a card as the browser does, through the test gateway. */
  async function addCard(who: Billing, number: string = testCards.succeeds): Promise<Card> {
    const setup: CardSetup = (await callApi(porter, who.portal, 'POST', who.url('cards/setup'))).json();
    const confirmed = await callApi(porter, '', 'POST', `/api/test-gateway/setup-intents/${setup.setupId}/confirm`, { clientSecret: setup.clientSecret, number, expMonth: 12, expYear: 2030, cvc: '123' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const finished = await callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: setup.setupId });
    expect(finished.statusCode, finished.body).toBe(201);
    return finished.json();
  }

  /** A sent invoice, inserted as the office's send leaves it. */
  async function invoice(tenantId: TenantId, customerId: string, total: number, status: 'sent' | 'draft' = 'sent') {
    const id = newId();
    const stamp = isoNow();
    const currency = (await db().selectFrom('tenants').select('currency').where('id', '=', tenantId).executeTakeFirstOrThrow()).currency;
    await db()
      .insertInto('invoices')
      .values({
        id, tenant_id: tenantId, customer_id: customerId, kind: 'invoice', number: status === 'draft' ? null : `INV-T-${id.slice(-8)}`, status, corrects_invoice_id: null,
        issue_date: '2026-03-01', due_date: '2026-03-15', period_start: null, period_end: null, currency, subtotal: total, discount_total: 0, tax_total: 0, total, tip: 0,
        notes: null, sent_at: status === 'draft' ? null : stamp, voided_at: null, void_reason: null, created_by_staff_id: null, created_at: stamp, updated_at: stamp,
      })
      .execute();
    return id;
  }

  const pay = (who: Billing, body: object, cookie = who.portal) => callApi(porter, cookie, 'POST', who.url('payments'), body);
  const payPage = async (who: Billing): Promise<PayPage> => (await callApi(porter, who.portal, 'GET', who.url('pay'))).json();
  const ledgerOf = (attemptId: string) => db().selectFrom('ledger_entries').select(['kind', 'amount', 'invoice_id']).where('payment_attempt_id', '=', attemptId).orderBy('kind').orderBy('amount').execute();
  const statusOf = async (invoiceId: string) => (await db().selectFrom('invoices').select('status').where('id', '=', invoiceId).executeTakeFirstOrThrow()).status;
  const intentsFor = async (idempotencyKey: string) => (await db().selectFrom('test_gateway_objects').select('id').where('kind', '=', 'payment_intent').where('idempotency_key', '=', idempotencyKey).execute()).length;
  const attemptsByKey = async (idempotencyKey: string) => db().selectFrom('payment_attempts').select(['id', 'status']).where('idempotency_key', '=', idempotencyKey).execute();

  it('pays several invoices in one charge: each one’s due plus its tip; tips are kept outside the balance', async () => {
    const who = await billingCustomer();
    await addCard(who);
    const [a, b] = [await invoice(tenant.tenantId, who.customer.id, 10_000), await invoice(tenant.tenantId, who.customer.id, 4_550)];
    const page = await payPage(who);
    expect(page.invoices.map((i) => [i.id, i.due, i.selected]).sort()).toEqual([[a, 10_000, true], [b, 4_550, true]].sort());
    const paid = await pay(who, { invoiceIds: [a, b], tips: { [a]: 1_500 }, idempotencyKey: key() });
    expect(paid.statusCode, paid.body).toBe(201);
    const payment: Payment = paid.json();
    expect(payment).toMatchObject({ status: 'succeeded', amount: 10_000 + 4_550 + 1_500, tip: 1_500, purpose: 'invoices' });
    expect(await ledgerOf(payment.id)).toEqual(
      [{ kind: 'charge', amount: 4_550, invoice_id: b }, { kind: 'charge', amount: 10_000, invoice_id: a }, { kind: 'tip', amount: 1_500, invoice_id: a }],
    );
    expect([await statusOf(a), await statusOf(b)]).toEqual(['paid', 'paid']);
    const summary = await callApi(porter, who.portal, 'GET', who.url(''));
    expect(summary.statusCode, summary.body).toBe(200);
    expect(summary.json()).toMatchObject({ openBalance: 0, credit: 0 });
    expect((await payPage(who)).invoices).toEqual([]);
    // The payment as the payer reads it again.
    expect((await callApi(porter, who.portal, 'GET', who.url(`payments/${payment.id}`))).json()).toEqual(payment);
  });

  it('charges once for one idempotency key, sent again or twice at once', async () => {
    const who = await billingCustomer();
    await addCard(who);
    const first = await invoice(tenant.tenantId, who.customer.id, 2_000);
    const k1 = key();
    const once = await pay(who, { invoiceIds: [first], idempotencyKey: k1 });
    const again = await pay(who, { invoiceIds: [first], idempotencyKey: k1 });
    expect(once.statusCode, once.body).toBe(201);
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json().id).toBe(once.json().id);
    expect(await attemptsByKey(k1)).toHaveLength(1);
    expect(await intentsFor(k1)).toBe(1);
    expect(await ledgerOf(once.json().id)).toHaveLength(1);

    const second = await invoice(tenant.tenantId, who.customer.id, 3_000);
    const k2 = key();
    const both = await Promise.all([pay(who, { invoiceIds: [second], idempotencyKey: k2 }), pay(who, { invoiceIds: [second], idempotencyKey: k2 })]);
    expect(both.map((r) => r.statusCode), both.map((r) => r.body).join('\n')).toEqual([201, 201]);
    expect(both[0]!.json().id).toBe(both[1]!.json().id);
    expect(await attemptsByKey(k2)).toHaveLength(1);
    expect(await intentsFor(k2)).toBe(1);
    expect(await ledgerOf(both[0]!.json().id)).toEqual([{ kind: 'charge', amount: 3_000, invoice_id: second }]);
  });

  it('declines a declined card: failed with the gateway’s reason, nothing in the ledger, the invoice still owed', async () => {
    const who = await billingCustomer();
    await addCard(who, testCards.declines);
    const owed = await invoice(tenant.tenantId, who.customer.id, 5_000);
    const response = await pay(who, { invoiceIds: [owed], idempotencyKey: key() });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ status: 'failed', failureCode: 'card_declined' });
    expect(await ledgerOf(response.json().id)).toEqual([]);
    expect(await statusOf(owed)).toBe('sent');
    expect((await payPage(who)).invoices.map((i) => [i.id, i.selected, i.inFlight])).toEqual([[owed, true, false]]);
  });

  it('waits for a second step: not payable again meanwhile; approved then refreshed, it is written once; failed, it is declined', async () => {
    const who = await billingCustomer();
    await addCard(who, testCards.secondStep);
    const owed = await invoice(tenant.tenantId, who.customer.id, 6_000);
    const started = await pay(who, { invoiceIds: [owed], idempotencyKey: key() });
    const payment: Payment = started.json();
    expect(payment.status).toBe('requires_action');
    expect(payment.nextActionUrl).toMatch(/\/test-gateway\/authenticate\//);
    // In flight: not preselected, and paying it again is refused.
    expect((await payPage(who)).invoices.map((i) => [i.id, i.selected, i.inFlight])).toEqual([[owed, false, true]]);
    const twice = await pay(who, { invoiceIds: [owed], idempotencyKey: key() });
    expect(twice.statusCode).toBe(409);
    const gatewayId = (await db().selectFrom('payment_attempts').select('gateway_payment_id').where('id', '=', payment.id).executeTakeFirstOrThrow()).gateway_payment_id!;
    expect((await callApi(porter, '', 'POST', `/api/test-gateway/payments/${gatewayId}/authenticate`, { approve: true })).statusCode).toBe(200);
    const refreshed = await callApi(porter, who.portal, 'POST', who.url(`payments/${payment.id}/refresh`));
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json()).toMatchObject({ status: 'succeeded', nextActionUrl: null });
    expect((await callApi(porter, who.portal, 'POST', who.url(`payments/${payment.id}/refresh`))).json().status).toBe('succeeded');
    expect(await ledgerOf(payment.id)).toEqual([{ kind: 'charge', amount: 6_000, invoice_id: owed }]);
    expect(await statusOf(owed)).toBe('paid');

    const next = await invoice(tenant.tenantId, who.customer.id, 7_000);
    const failing: Payment = (await pay(who, { invoiceIds: [next], idempotencyKey: key() })).json();
    const failingId = (await db().selectFrom('payment_attempts').select('gateway_payment_id').where('id', '=', failing.id).executeTakeFirstOrThrow()).gateway_payment_id!;
    await callApi(porter, '', 'POST', `/api/test-gateway/payments/${failingId}/authenticate`, { approve: false });
    expect((await callApi(porter, who.portal, 'POST', who.url(`payments/${failing.id}/refresh`))).json()).toMatchObject({ status: 'failed', failureCode: 'authentication_failed' });
    expect(await ledgerOf(failing.id)).toEqual([]);
    expect(await statusOf(next)).toBe('sent');
  });

  it('needs a card on file to pay', async () => {
    const who = await billingCustomer();
    const owed = await invoice(tenant.tenantId, who.customer.id, 1_000);
    const response = await pay(who, { invoiceIds: [owed], idempotencyKey: key() });
    expect(response.statusCode).toBe(409);
    expect(await db().selectFrom('payment_attempts').select('id').where('customer_id', '=', who.customer.id).execute()).toEqual([]);
  });

  it('takes a prepayment only where the company allows it, and never applies it to an invoice', async () => {
    const who = await billingCustomer();
    await addCard(who);
    const owed = [await invoice(tenant.tenantId, who.customer.id, 8_000), await invoice(tenant.tenantId, who.customer.id, 2_000)];
    const off = await callApi(porter, who.portal, 'POST', who.url('prepayments'), { amount: 5_000, idempotencyKey: key() });
    expect(off.statusCode).toBe(409);
    await db().updateTable('tenants').set({ allow_prepayments: true }).where('id', '=', tenant.tenantId).execute();
    try {
      const on = await callApi(porter, who.portal, 'POST', who.url('prepayments'), { amount: 5_000, idempotencyKey: key() });
      expect(on.statusCode, on.body).toBe(201);
      expect(on.json()).toMatchObject({ status: 'succeeded', purpose: 'prepayment', amount: 5_000 });
      expect(await ledgerOf(on.json().id)).toEqual([{ kind: 'prepayment', amount: 5_000, invoice_id: null }]);
      expect([await statusOf(owed[0]!), await statusOf(owed[1]!)]).toEqual(['sent', 'sent']);
      const page = await payPage(who);
      expect(page.credit).toBe(5_000);
      expect(page.invoices.map((i) => [i.id, i.due, i.selected]).sort()).toEqual([[owed[0], 8_000, true], [owed[1], 2_000, true]].sort());
      expect((await callApi(porter, who.portal, 'GET', who.url(''))).json()).toMatchObject({ openBalance: 10_000, credit: 5_000 });
    } finally {
      await db().updateTable('tenants').set({ allow_prepayments: false }).where('id', '=', tenant.tenantId).execute();
    }
  });

  it('refuses a tip for an invoice not being paid, and a negative tip, naming tips', async () => {
    const who = await billingCustomer();
    await addCard(who);
    const [a, b] = [await invoice(tenant.tenantId, who.customer.id, 1_000), await invoice(tenant.tenantId, who.customer.id, 1_000)];
    const stray = await pay(who, { invoiceIds: [a], tips: { [b]: 100 }, idempotencyKey: key() });
    expect(stray.statusCode).toBe(400);
    expect(Object.keys(stray.json().error.fields)).toEqual(['tips']);
    const negative = await pay(who, { invoiceIds: [a], tips: { [a]: -1 }, idempotencyKey: key() });
    expect(negative.statusCode).toBe(400);
    expect(Object.keys(negative.json().error.fields)[0]).toMatch(/^tips/);
    expect(await db().selectFrom('payment_attempts').select('id').where('customer_id', '=', who.customer.id).execute()).toEqual([]);
  });

  it('lets staff viewing as the customer see billing but never pay', async () => {
    const who = await billingCustomer();
    await addCard(who);
    const owed = await invoice(tenant.tenantId, who.customer.id, 1_000);
    const mine: Payment = (await pay(who, { invoiceIds: [owed], idempotencyKey: key() })).json();
    const other = await invoice(tenant.tenantId, who.customer.id, 2_000);
    const opened = await callApi(porter, owner, 'POST', `/api/office/locations/${who.locationId}/view-as`, { portalUserId: who.user.id });
    expect(opened.statusCode, opened.body).toBeLessThan(300);
    const viewer = cookieFrom(opened);
    const page = await callApi(porter, viewer, 'GET', who.url('pay'));
    expect(page.statusCode).toBe(200);
    expect(page.json().invoices.map((i: { id: string }) => i.id)).toEqual([other]);
    expect((await callApi(porter, viewer, 'GET', who.url(`payments/${mine.id}`))).statusCode).toBe(200);
    for (const [url, body] of [
      [who.url('payments'), { invoiceIds: [other], idempotencyKey: key() }],
      [who.url('prepayments'), { amount: 1_000, idempotencyKey: key() }],
      [who.url(`payments/${mine.id}/refresh`), undefined],
    ] as const) {
      const refused = await callApi(porter, viewer, 'POST', url, body);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().error.code).toBe('read_only');
    }
    expect(await statusOf(other)).toBe('sent');
  });

  it('answers 404 to a site contact on every payment route, and for another customer’s or company’s payment', async () => {
    const who = await billingCustomer();
    await addCard(who);
    const owed = await invoice(tenant.tenantId, who.customer.id, 1_000);
    const mine: Payment = (await pay(who, { invoiceIds: [owed], idempotencyKey: key() })).json();
    for (const [method, url, body] of [
      ['GET', who.url('pay'), undefined],
      ['POST', who.url('payments'), { invoiceIds: [owed], idempotencyKey: key() }],
      ['POST', who.url('prepayments'), { amount: 1_000, idempotencyKey: key() }],
      ['GET', who.url(`payments/${mine.id}`), undefined],
      ['POST', who.url(`payments/${mine.id}/refresh`), undefined],
    ] as const) {
      expect((await callApi(porter, who.sitePortal, method, url, body)).statusCode, `${method} ${url}`).toBe(404);
    }
    const neighbour = await billingCustomer();
    expect((await callApi(porter, neighbour.portal, 'GET', neighbour.url(`payments/${mine.id}`))).statusCode).toBe(404);
    expect((await callApi(porter, neighbour.portal, 'POST', neighbour.url(`payments/${mine.id}/refresh`))).statusCode).toBe(404);
    // Paying another customer's invoice: as if it did not exist.
    await addCard(neighbour);
    expect((await pay(neighbour, { invoiceIds: [owed], idempotencyKey: key() })).statusCode).toBe(404);
    const foreign = await billingCustomer(other);
    expect((await callApi(porter, foreign.portal, 'GET', foreign.url(`payments/${mine.id}`))).statusCode).toBe(404);
    expect((await callApi(porter, foreign.portal, 'POST', foreign.url(`payments/${mine.id}/refresh`))).statusCode).toBe(404);
  });

  it('lists and charges autopay invoices in the office: one charge per customer, a customer without a card skipped with the reason', async () => {
    const company = await createTenant(porter.ctx.db);
    const manager = await signInStaff(porter, company.ownerEmail);
    const supervisor = await createStaff(porter.ctx.db, company.tenantId, 'supervisor');
    const supervisorCookie = await signInStaff(porter, supervisor.email);
    const autopay = (customerId: string) => db().updateTable('customers').set({ autopay_since: isoNow() }).where('id', '=', customerId).execute();
    const onAutopay = await billingCustomer(company);
    await addCard(onAutopay);
    await autopay(onAutopay.customer.id);
    const [a1, a2] = [await invoice(company.tenantId, onAutopay.customer.id, 3_000), await invoice(company.tenantId, onAutopay.customer.id, 4_000)];
    await invoice(company.tenantId, onAutopay.customer.id, 9_000, 'draft');
    const noCard = await billingCustomer(company);
    await autopay(noCard.customer.id);
    const n1 = await invoice(company.tenantId, noCard.customer.id, 1_000);
    const notOnAutopay = await billingCustomer(company);
    await addCard(notOnAutopay);
    await invoice(company.tenantId, notOnAutopay.customer.id, 2_000);

    const listed = await callApi(porter, manager, 'GET', '/api/office/billing/invoices-to-charge');
    expect(listed.statusCode, listed.body).toBe(200);
    expect(listed.json().items.map((i: { id: string }) => i.id).sort()).toEqual([a1, a2].sort());
    expect(listed.json().total).toBe(7_000);
    expect((await callApi(porter, supervisorCookie, 'GET', '/api/office/billing/invoices-to-charge')).statusCode).toBe(403);
    expect((await callApi(porter, supervisorCookie, 'POST', '/api/office/billing/charges', { invoiceIds: [a1] })).statusCode).toBe(403);

    const charged = await callApi(porter, manager, 'POST', '/api/office/billing/charges', { invoiceIds: [a1, a2, n1] });
    expect(charged.statusCode, charged.body).toBe(200);
    const items = charged.json().items as { customerId: string; payment: Payment | null; skipped: string | null }[];
    const paid = items.find((i) => i.customerId === onAutopay.customer.id)!;
    expect(paid.payment).toMatchObject({ status: 'succeeded', amount: 7_000 });
    expect(paid.payment!.invoices.map((i) => i.id).sort()).toEqual([a1, a2].sort());
    const skipped = items.find((i) => i.customerId === noCard.customer.id);
    expect(skipped?.payment).toBeNull();
    expect(skipped?.skipped).toBeTruthy();
    expect(await db().selectFrom('payment_attempts').select('id').where('tenant_id', '=', company.tenantId).execute()).toHaveLength(1);
    expect((await callApi(porter, manager, 'GET', '/api/office/billing/invoices-to-charge')).json().items).toEqual([]);
  });

  it('charges an autopay invoice on send once, even when the job runs twice', async () => {
    const company = await createTenant(porter.ctx.db);
    await db().updateTable('tenants').set({ autopay_charge_on_send: true }).where('id', '=', company.tenantId).execute();
    const who = await billingCustomer(company);
    await addCard(who);
    await db().updateTable('customers').set({ autopay_since: isoNow() }).where('id', '=', who.customer.id).execute();
    const owed = await invoice(company.tenantId, who.customer.id, 4_200);
    await Promise.all([chargeOnSend(porter.ctx, gatewayFor), chargeOnSend(porter.ctx, gatewayFor)]);
    await chargeOnSend(porter.ctx, gatewayFor);
    const attempts = await db().selectFrom('payment_attempts').select(['id', 'status', 'source']).where('tenant_id', '=', company.tenantId).execute();
    expect(attempts).toEqual([{ id: attempts[0]!.id, status: 'succeeded', source: 'autopay' }]);
    expect(await intentsFor(`autopay-${owed}`)).toBe(1);
    expect(await ledgerOf(attempts[0]!.id)).toEqual([{ kind: 'charge', amount: 4_200, invoice_id: owed }]);
    expect(await statusOf(owed)).toBe('paid');
  });

  it('settles a charge whose answer was lost: pending, then reconciled to one payment and one ledger entry', async () => {
    const who = await billingCustomer();
    await addCard(who);
    const owed = await invoice(tenant.tenantId, who.customer.id, 3_300);
    let thrown = 0;
    // The real test gateway, whose first charge is made and then its answer lost.
    const losing: GatewayFor = (ctx, company) => {
      const real = gatewayFor(ctx, company);
      return {
        ...real,
        charge: async (input) => {
          const result = await real.charge(input);
          if (thrown++ === 0) throw new Error('connection reset after the charge');
          return result;
        },
      };
    };
    const k = key();
    const payment = await payInvoices(porter.ctx, losing, await tenantRow(tenant), who.customer.id, { kind: 'portal', portalUserId: who.user.id }, { invoiceIds: [owed], tips: {}, cardId: null, idempotencyKey: k });
    expect(payment.status).toBe('pending');
    expect(await ledgerOf(payment.id)).toEqual([]);
    expect(await intentsFor(k)).toBe(1);
    // Too recent for the default minute: left to its request.
    await reconcilePayments(porter.ctx, losing);
    expect((await attemptsByKey(k))[0]!.status).toBe('pending');
    await reconcilePayments(porter.ctx, losing, porter.ctx.now(), 0);
    expect((await attemptsByKey(k))[0]!.status).toBe('succeeded');
    expect(await intentsFor(k)).toBe(1);
    expect(await ledgerOf(payment.id)).toEqual([{ kind: 'charge', amount: 3_300, invoice_id: owed }]);
    expect(await statusOf(owed)).toBe('paid');
  });

  it('settles a pending Stripe charge from a signed webhook, once however often it is posted', async () => {
    const company = await createTenant(porter.ctx.db);
    const secret = 'whsec_payments_test';
    await db().updateTable('tenants').set({ payment_gateway: 'stripe', stripe_secret_key: 'sk_test_x', stripe_publishable_key: 'pk_test_x', stripe_webhook_secret: secret }).where('id', '=', company.tenantId).execute();
    const who = await billingCustomer(company);
    await db().updateTable('customers').set({ gateway_customer_id: 'cus_test' }).where('id', '=', who.customer.id).execute();
    await db().insertInto('cards').values({ id: newId(), tenant_id: company.tenantId, customer_id: who.customer.id, gateway: 'stripe', token: 'pm_card_visa', brand: 'visa', last4: '4242', exp_month: 12, exp_year: 2030, is_default: true, added_by_portal_user_id: null, created_at: isoNow(), removed_at: null }).execute();
    const owed = await invoice(company.tenantId, who.customer.id, 12_550);
    const unanswered: GatewayFor = (ctx, t) => ({ ...gatewayFor(ctx, t), charge: async () => { throw new Error('no answer'); } });
    const payment = await payInvoices(porter.ctx, unanswered, await tenantRow(company), who.customer.id, { kind: 'portal', portalUserId: who.user.id }, { invoiceIds: [owed], tips: {}, cardId: null, idempotencyKey: key() });
    expect(payment.status).toBe('pending');
    const event = signedStripeEvent('payment_intent.succeeded', { id: 'pi_webhook', object: 'payment_intent', amount: 12_550, currency: 'usd', status: 'succeeded', metadata: { attemptId: payment.id }, next_action: null, last_payment_error: null }, secret);
    for (let i = 0; i < 2; i++) {
      const posted = await porter.app.inject({ method: 'POST', url: `/api/billing/webhooks/stripe/${company.slug}`, payload: event.body, headers: { 'content-type': 'application/json', 'stripe-signature': event.signature } });
      expect(posted.statusCode, posted.body).toBe(200);
    }
    expect(await db().selectFrom('payment_attempts').select(['status', 'gateway_payment_id']).where('id', '=', payment.id).executeTakeFirstOrThrow()).toEqual({ status: 'succeeded', gateway_payment_id: 'pi_webhook' });
    expect(await ledgerOf(payment.id)).toEqual([{ kind: 'charge', amount: 12_550, invoice_id: owed }]);
    expect(await statusOf(owed)).toBe('paid');
  });
});
