import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutopayState, Card, CardList, CardSetup } from '../../../shared/features/billing/cards.contract.ts';
import { testCards } from '../../../shared/features/billing/test-cards.ts';
import { createCustomer, createPortalUser, createTenant } from '../../test/factories.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';

// A Monday; the weekly visits are on Mondays at 09:00 UTC.
const start = new Date('2026-03-02T06:00:00Z');

describe.each(testDialects())('cards, default tip and autopay in the portal on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  const clock = testClock(start);

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  /** A customer with a billing contact signed in (and a site contact of the same location). */
  async function billingCustomer(company = tenant) {
    const customer = await createCustomer(porter.ctx.db, company.tenantId, { portal: true });
    const user = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    await inspect(porter.ctx.db).updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', user.id).execute();
    const site = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    const locationId = customer.locationIds[0]!;
    return {
      customer,
      user,
      locationId,
      portal: await signInPortal(porter, company.slug, user.email),
      sitePortal: await signInPortal(porter, company.slug, site.email),
      url: (path: string) => `/api/portal/${company.slug}/locations/${locationId}/billing/${path}`,
    };
  }
  type Billing = Awaited<ReturnType<typeof billingCustomer>>;

  /** Adds a card as the browser does: a set-up from Porter, the number to the test gateway, then the set-up back to Porter. */
  async function addCard(who: Billing, number: string = testCards.succeeds): Promise<Card> {
    const setup: CardSetup = (await callApi(porter, who.portal, 'POST', who.url('cards/setup'))).json();
    const confirmed = await callApi(porter, '', 'POST', `/api/test-gateway/setup-intents/${setup.setupId}/confirm`, { clientSecret: setup.clientSecret, number, expMonth: 12, expYear: 2030, cvc: '123' });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const finished = await callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: setup.setupId });
    expect(finished.statusCode, finished.body).toBe(201);
    return finished.json();
  }
  const list = async (who: Billing): Promise<CardList> => (await callApi(porter, who.portal, 'GET', who.url('cards'))).json();

  it('adds cards for the customer: the first is the default, only brand, last four and expiry are kept', async () => {
    const who = await billingCustomer();
    expect(await list(who)).toEqual({ items: [], gateway: 'test', test: true });
    const setup = await callApi(porter, who.portal, 'POST', who.url('cards/setup'));
    expect(setup.statusCode, setup.body).toBe(200);
    expect(setup.json()).toMatchObject({ gateway: 'test', publishableKey: null });
    const first = await addCard(who);
    expect(first).toMatchObject({ brand: 'visa', last4: '4242', expMonth: 12, expYear: 2030, isDefault: true });
    const second = await addCard(who, testCards.declines);
    expect(second).toMatchObject({ last4: '0002', isDefault: false });
    expect((await list(who)).items.map((c) => [c.id, c.isDefault])).toEqual([[first.id, true], [second.id, false]]);

    const db = inspect(porter.ctx.db);
    const customer = await db.selectFrom('customers').select('gateway_customer_id').where('id', '=', who.customer.id).executeTakeFirstOrThrow();
    expect(customer.gateway_customer_id).toMatch(/^tcus_/);
    // The number is nowhere: not in Porter's cards, not even in the test gateway's own records.
    const stored = JSON.stringify([await db.selectFrom('cards').selectAll().execute(), await db.selectFrom('test_gateway_objects').selectAll().execute()]);
    expect(stored).not.toContain(testCards.succeeds);
    expect(stored).not.toContain(testCards.declines);
  });

  it('stores one card when the same set-up is finished twice', async () => {
    const who = await billingCustomer();
    const setup: CardSetup = (await callApi(porter, who.portal, 'POST', who.url('cards/setup'))).json();
    await callApi(porter, '', 'POST', `/api/test-gateway/setup-intents/${setup.setupId}/confirm`, { clientSecret: setup.clientSecret, number: testCards.succeeds, expMonth: 1, expYear: 2031, cvc: '999' });
    const both = await Promise.all([callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: setup.setupId }), callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: setup.setupId })]);
    expect(both.map((r) => r.statusCode).sort(), both.map((r) => r.body).join('\n')).toEqual([200, 201]);
    expect(both[0]!.json().id).toBe(both[1]!.json().id);
    const again = await callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: setup.setupId });
    expect(again.statusCode).toBe(200);
    expect((await list(who)).items).toHaveLength(1);
  });

  it("answers 404 to a customer finishing another customer's set-up, and stores nothing for them", async () => {
    const mine = await billingCustomer();
    const theirs = await billingCustomer();
    const setup: CardSetup = (await callApi(porter, theirs.portal, 'POST', theirs.url('cards/setup'))).json();
    await callApi(porter, '', 'POST', `/api/test-gateway/setup-intents/${setup.setupId}/confirm`, { clientSecret: setup.clientSecret, number: testCards.succeeds, expMonth: 3, expYear: 2032, cvc: '123' });
    // Mine has a gateway record too, so the check is on whose it is, not on having one.
    await callApi(porter, mine.portal, 'POST', mine.url('cards/setup'));
    const claimed = await callApi(porter, mine.portal, 'POST', mine.url('cards'), { setupId: setup.setupId });
    expect(claimed.statusCode, claimed.body).toBe(404);
    expect((await list(mine)).items).toEqual([]);
    const finished = await callApi(porter, theirs.portal, 'POST', theirs.url('cards'), { setupId: setup.setupId });
    expect(finished.statusCode, finished.body).toBe(201);
  });

  it('refuses a set-up the customer has not finished at the gateway, naming setupId', async () => {
    const who = await billingCustomer();
    const setup: CardSetup = (await callApi(porter, who.portal, 'POST', who.url('cards/setup'))).json();
    const early = await callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: setup.setupId });
    expect(early.statusCode).toBe(409);
    expect(Object.keys(early.json().error.fields)).toEqual(['setupId']);
    expect((await callApi(porter, who.portal, 'POST', who.url('cards'), { setupId: 'tseti_nothing' })).statusCode).toBe(409);
  });

  it('never removes the last card: one card 409, two cards one goes, then 409 again', async () => {
    const who = await billingCustomer();
    const only = await addCard(who);
    const refused = await callApi(porter, who.portal, 'DELETE', who.url(`cards/${only.id}`));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('This is the only card on file. Add another card first, then remove this one.');
    const other = await addCard(who);
    const removed = await callApi(porter, who.portal, 'DELETE', who.url(`cards/${other.id}`));
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().items.map((c: Card) => c.id)).toEqual([only.id]);
    expect((await callApi(porter, who.portal, 'DELETE', who.url(`cards/${only.id}`))).statusCode).toBe(409);
    // The removed card stays for the payments that name it, and the gateway forgot it.
    const db = inspect(porter.ctx.db);
    const row = await db.selectFrom('cards').select(['removed_at', 'token']).where('id', '=', other.id).executeTakeFirstOrThrow();
    expect(row.removed_at).not.toBeNull();
    expect((await db.selectFrom('test_gateway_objects').select('status').where('id', '=', row.token).executeTakeFirstOrThrow()).status).toBe('detached');
    // Removing it again: it is no longer there.
    expect((await callApi(porter, who.portal, 'DELETE', who.url(`cards/${other.id}`))).statusCode).toBe(404);
  });

  it('removes two cards at once only one at a time: one card always stays', async () => {
    const who = await billingCustomer();
    const [a, b] = [await addCard(who), await addCard(who)];
    const both = await Promise.all([callApi(porter, who.portal, 'DELETE', who.url(`cards/${a.id}`)), callApi(porter, who.portal, 'DELETE', who.url(`cards/${b.id}`))]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await list(who)).items).toHaveLength(1);
    expect((await list(who)).items[0]!.isDefault).toBe(true);
  });

  it('moves the default: made by hand, and to the newest remaining card when the default goes', async () => {
    const who = await billingCustomer();
    const first = await addCard(who);
    clock.advance(1_000);
    const second = await addCard(who);
    clock.advance(1_000);
    const third = await addCard(who);
    const made = await callApi(porter, who.portal, 'PUT', who.url(`cards/${second.id}/default`));
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json().items.map((c: Card) => [c.id, c.isDefault])).toEqual([[second.id, true], [third.id, false], [first.id, false]]);
    const removed: CardList = (await callApi(porter, who.portal, 'DELETE', who.url(`cards/${second.id}`))).json();
    expect(removed.items.map((c) => [c.id, c.isDefault])).toEqual([[third.id, true], [first.id, false]]);
    // Removing a card that is not the default leaves the default where it is.
    const again: CardList = (await callApi(porter, who.portal, 'DELETE', who.url(`cards/${first.id}`))).json();
    expect(again.items.map((c) => [c.id, c.isDefault])).toEqual([[third.id, true]]);
  });

  it('records who added, chose and removed cards, changed the tip and autopay, without the gateway token', async () => {
    const who = await billingCustomer();
    const first = await addCard(who);
    const second = await addCard(who);
    await callApi(porter, who.portal, 'PUT', who.url(`cards/${second.id}/default`));
    await callApi(porter, who.portal, 'DELETE', who.url(`cards/${first.id}`));
    await callApi(porter, who.portal, 'PUT', who.url('default-tip'), { amount: 300 });
    await callApi(porter, who.portal, 'PUT', who.url('default-tip'), { amount: 300 });
    await callApi(porter, who.portal, 'PUT', who.url('autopay'), { enrolled: true });
    await callApi(porter, who.portal, 'PUT', who.url('autopay'), { enrolled: true });
    await callApi(porter, who.portal, 'PUT', who.url('autopay'), { enrolled: false });
    const db = inspect(porter.ctx.db);
    const rows = await db.selectFrom('audit_events').selectAll().where('subject', '=', who.customer.id).orderBy('created_at').orderBy('id').execute();
    // Saving what is already there (the same tip, autopay twice) records nothing.
    expect(rows.map((row) => row.action).sort()).toEqual(['autopay.enrolled', 'autopay.left', 'card.added', 'card.added', 'card.made_default', 'card.removed', 'default_tip.changed'].sort());
    for (const row of rows) expect(row).toMatchObject({ tenant_id: tenant.tenantId, actor_kind: 'portal', actor_id: who.user.id });
    expect(JSON.parse(rows.find((row) => row.action === 'default_tip.changed')!.details!)).toEqual({ from: 0, to: 300 });
    expect(JSON.parse(rows.find((row) => row.action === 'card.removed')!.details!)).toMatchObject({ cardId: first.id, last4: '4242' });
    const tokens = await db.selectFrom('cards').select('token').where('customer_id', '=', who.customer.id).execute();
    for (const { token } of tokens) expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('shows the same cards to every billing contact of the customer', async () => {
    const who = await billingCustomer();
    const card = await addCard(who);
    const colleague = await createPortalUser(porter.ctx.db, tenant.tenantId, who.customer.id, who.customer.locationIds);
    await inspect(porter.ctx.db).updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', colleague.id).execute();
    const theirs = await signInPortal(porter, tenant.slug, colleague.email);
    expect((await callApi(porter, theirs, 'GET', who.url('cards'))).json().items.map((c: Card) => c.id)).toEqual([card.id]);
  });

  it('answers 404 on every route to a site contact, another customer and another company', async () => {
    const mine = await billingCustomer();
    const card = await addCard(mine);
    const theirs = await billingCustomer();
    const theirCard = await addCard(theirs);
    const rival = await createTenant(porter.ctx.db);
    const stranger = await billingCustomer(rival);
    const routes = (who: Billing, cardId: string) =>
      [
        ['GET', who.url('cards')],
        ['POST', who.url('cards/setup')],
        ['POST', who.url('cards'), { setupId: 'tseti_x' }],
        ['PUT', who.url(`cards/${cardId}/default`)],
        ['DELETE', who.url(`cards/${cardId}`)],
        ['GET', who.url('default-tip')],
        ['PUT', who.url('default-tip'), { amount: 500 }],
        ['GET', who.url('autopay')],
        ['PUT', who.url('autopay'), { enrolled: true }],
      ] as const;
    for (const [method, url, body] of routes(mine, card.id) as readonly (readonly [string, string, object?])[]) {
      const site = await callApi(porter, mine.sitePortal, method as 'GET', url, body);
      expect(site.statusCode, `${method} ${url} as a site contact`).toBe(404);
      const other = await callApi(porter, theirs.portal, method as 'GET', url, body);
      expect(other.statusCode, `${method} ${url} as another customer`).toBe(404);
    }
    // Another company's user on this company's portal has no session here; on their own portal, our ids are nothing.
    for (const [method, url, body] of routes(mine, card.id) as readonly (readonly [string, string, object?])[]) {
      expect((await callApi(porter, stranger.portal, method as 'GET', url, body)).statusCode).toBe(401);
    }
    const rivalUrl = (path: string) => `/api/portal/${rival.slug}/locations/${mine.locationId}/billing/${path}`;
    expect((await callApi(porter, stranger.portal, 'GET', rivalUrl('cards'))).statusCode).toBe(404);
    expect((await callApi(porter, stranger.portal, 'PUT', rivalUrl(`cards/${card.id}/default`))).statusCode).toBe(404);
    // Their own location, but another customer's card.
    expect((await callApi(porter, mine.portal, 'PUT', mine.url(`cards/${theirCard.id}/default`))).statusCode).toBe(404);
    expect((await callApi(porter, mine.portal, 'DELETE', mine.url(`cards/${theirCard.id}`))).statusCode).toBe(404);
    expect((await list(theirs)).items.map((c) => [c.id, c.isDefault])).toEqual([[theirCard.id, true]]);
  });

  it('lets staff viewing as the customer read billing but change nothing', async () => {
    const who = await billingCustomer();
    const card = await addCard(who);
    const viewer = cookieFrom(await callApi(porter, owner, 'POST', `/api/office/locations/${who.locationId}/view-as`, { portalUserId: who.user.id }));
    for (const path of ['cards', 'default-tip', 'autopay']) expect((await callApi(porter, viewer, 'GET', who.url(path))).statusCode).toBe(200);
    const writes = [
      ['POST', who.url('cards/setup')],
      ['POST', who.url('cards'), { setupId: 'tseti_x' }],
      ['PUT', who.url(`cards/${card.id}/default`)],
      ['DELETE', who.url(`cards/${card.id}`)],
      ['PUT', who.url('default-tip'), { amount: 500 }],
      ['PUT', who.url('autopay'), { enrolled: true }],
    ] as const;
    for (const [method, url, body] of writes as readonly (readonly [string, string, object?])[]) {
      const response = await callApi(porter, viewer, method as 'PUT', url, body);
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.json().error.code).toBe('read_only');
    }
  });

  it('keeps a default tip for new invoices, from 0 up to the cap, naming amount when refused', async () => {
    const who = await billingCustomer();
    expect((await callApi(porter, who.portal, 'GET', who.url('default-tip'))).json()).toEqual({ amount: 0, currency: 'USD' });
    expect((await callApi(porter, who.portal, 'PUT', who.url('default-tip'), { amount: 500 })).json()).toEqual({ amount: 500, currency: 'USD' });
    expect((await inspect(porter.ctx.db).selectFrom('customers').select('default_tip').where('id', '=', who.customer.id).executeTakeFirstOrThrow()).default_tip).toBe(500);
    expect((await callApi(porter, who.portal, 'PUT', who.url('default-tip'), { amount: 50_000 })).statusCode).toBe(200);
    for (const [amount, words] of [[50_001, 'This amount is too large; check it for a typing mistake'], [-1, 'Enter 0 or more'], [2.5, 'Enter a whole number']] as const) {
      const refused = await callApi(porter, who.portal, 'PUT', who.url('default-tip'), { amount });
      expect(refused.statusCode).toBe(400);
      // The cap is in cents, so the words name no number a reader would take for dollars.
      expect(refused.json().error.fields).toEqual({ amount: words });
    }
    expect((await callApi(porter, who.portal, 'PUT', who.url('default-tip'), { amount: 0 })).json()).toMatchObject({ amount: 0 });
  });

  describe('autopay', () => {
    /** A billing customer with a weekly service scheduled from the office, and its visits. */
    async function customerWithVisits() {
      const who = await billingCustomer();
      const service = await callApi(porter, owner, 'POST', `/api/office/customers/${who.customer.id}/account-services`, {
        locationId: who.locationId,
        name: 'Weekly clean',
        frequency: { kind: 'weekly', interval: 1, days: ['MO'] },
        startDate: '2026-03-02',
        startTime: '09:00',
        durationMinutes: 120,
        price: 12_000,
      });
      expect(service.statusCode, service.body).toBe(201);
      expect((await callApi(porter, owner, 'POST', `/api/office/account-services/${service.json().id}/schedule`)).statusCode).toBe(200);
      return who;
    }
    const visitsOf = (customerId: string) => inspect(porter.ctx.db).selectFrom('visits').select(['id', 'status', 'autopay', 'starts_at']).where('customer_id', '=', customerId).orderBy('starts_at').execute();

    it('needs a card on file', async () => {
      const who = await customerWithVisits();
      expect((await callApi(porter, who.portal, 'GET', who.url('autopay'))).json()).toEqual({ enrolled: false, since: null, hasCard: false, scheduledVisits: 0 });
      const refused = await callApi(porter, who.portal, 'PUT', who.url('autopay'), { enrolled: true });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toBe('Autopay needs a card on file. Add a card first.');
      expect((await visitsOf(who.customer.id)).every((v) => !v.autopay)).toBe(true);
    });

    it('marks scheduled visits on enrolling, not those under way, done or cancelled; leaving unmarks them', async () => {
      const who = await customerWithVisits();
      await addCard(who);
      const visits = await visitsOf(who.customer.id);
      const db = inspect(porter.ctx.db);
      await db.updateTable('visits').set({ status: 'completed' }).where('id', '=', visits[0]!.id).execute();
      await db.updateTable('visits').set({ status: 'cancelled' }).where('id', '=', visits[1]!.id).execute();
      await db.updateTable('visits').set({ status: 'in_progress' }).where('id', '=', visits[2]!.id).execute();

      const enrolled = await callApi(porter, who.portal, 'PUT', who.url('autopay'), { enrolled: true });
      expect(enrolled.statusCode, enrolled.body).toBe(200);
      const state: AutopayState = enrolled.json();
      expect(state).toMatchObject({ enrolled: true, since: clock.now().toISOString(), hasCard: true, scheduledVisits: visits.length - 3 });
      const after = await visitsOf(who.customer.id);
      expect(after.slice(0, 3).map((v) => v.autopay)).toEqual([false, false, false]);
      expect(after.slice(3).every((v) => v.autopay)).toBe(true);
      // Enrolling again keeps the date they first enrolled.
      clock.advance(60_000);
      expect((await callApi(porter, who.portal, 'PUT', who.url('autopay'), { enrolled: true })).json().since).toBe(state.since);

      const left = await callApi(porter, who.portal, 'PUT', who.url('autopay'), { enrolled: false });
      expect(left.json()).toEqual({ enrolled: false, since: null, hasCard: true, scheduledVisits: 0 });
      expect((await visitsOf(who.customer.id)).every((v) => !v.autopay)).toBe(true);
      const customer = await db.selectFrom('customers').select('autopay_since').where('id', '=', who.customer.id).executeTakeFirstOrThrow();
      expect(customer.autopay_since).toBeNull();
    });
  });
});
