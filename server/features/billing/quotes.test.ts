import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalQuote, Quote } from '../../../shared/features/billing/quotes.contract.ts';
import type { LiveEvent } from '../../platform/events/event-bus.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';

// Noon on Monday 2 March 2026 in New York, the company's clock.
const start = new Date('2026-03-02T17:00:00Z');

describe.each(testDialects())('quotes on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let taxRateId: string;
  const clock = testClock(start);
  const setClock = (at: number) => clock.advance(at - clock.now().getTime());

  /** A customer with two locations, a billing contact and a site contact, both signed in. */
  async function customerWithContacts(company = tenant) {
    const customer = await createCustomer(porter.ctx.db, company.tenantId, { portal: true, locations: 2 });
    const billing = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    await inspect(porter.ctx.db).updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', billing.id).execute();
    const site = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    return { customer, billing, site, billingCookie: await signInPortal(porter, company.slug, billing.email), siteCookie: await signInPortal(porter, company.slug, site.email) };
  }

  const draftInput = (customerId: string, locationId: string, overrides: object = {}) => ({
    customerId,
    locationId,
    title: 'Weekly office cleaning',
    terms: 'Cleaning every week. Thirty days’ notice to end.',
    validUntil: '2026-03-10',
    lines: [
      { description: 'Weekly clean', quantity: 100, unitPrice: 12_000, discount: 1_500, taxRateId },
      { description: 'Window cleaning', quantity: 150, unitPrice: 3_333 },
    ],
    ...overrides,
  });

  async function sentQuote(customerId: string, locationId: string, overrides: object = {}): Promise<Quote> {
    const made = await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customerId, locationId, overrides));
    expect(made.statusCode, made.body).toBe(201);
    const sent = await callApi(porter, owner, 'POST', `/api/office/quotes/${made.json().id}/send`);
    expect(sent.statusCode, sent.body).toBe(200);
    return sent.json();
  }

  const portalUrl = (id: string, action = '') => `/api/portal/${tenant.slug}/quotes/${id}${action}`;
  const accept = (cookie: string, id: string, body: object = { name: 'Pat Contact', agree: true }) => callApi(porter, cookie, 'POST', portalUrl(id, '/accept'), body);

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    await inspect(porter.ctx.db).updateTable('tenants').set({ time_zone: 'America/New_York' }).where('id', '=', tenant.tenantId).execute();
    owner = await signInStaff(porter, tenant.ownerEmail);
    taxRateId = 'tax-' + tenant.slug;
    await inspect(porter.ctx.db).insertInto('tax_rates').values({ id: taxRateId, tenant_id: tenant.tenantId, name: 'Sales tax', rate: 825, active: true, created_at: start.toISOString() }).execute();
  });
  afterAll(() => porter.close());

  it('writes a draft priced by the shared arithmetic, changes it, and refuses a day already past', async () => {
    const { customer } = await customerWithContacts();
    const made = await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!));
    expect(made.statusCode, made.body).toBe(201);
    const quote: Quote = made.json();
    // $120 − $15 = $105 at 8.25% ($8.66); 1.5 × $33.33 = $50.00.
    expect(quote).toMatchObject({ status: 'draft', number: null, subtotal: 17_000, discountTotal: 1_500, taxTotal: 866, total: 16_366, currency: 'USD', acceptance: null });
    expect(quote.lines.map((line) => [line.net, line.tax, line.taxName])).toEqual([
      [10_500, 866, 'Sales tax'],
      [5_000, 0, null],
    ]);

    const changed = await callApi(porter, owner, 'PUT', `/api/office/quotes/${quote.id}`, { ...draftInput(customer.id, customer.locationIds[1]!, { title: 'Fortnightly' }), customerId: undefined });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ title: 'Fortnightly', locationId: customer.locationIds[1], total: 16_366 });

    // Yesterday on the company's clock is refused; today is fine.
    const past = await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!, { validUntil: '2026-03-01' }));
    expect(past.statusCode).toBe(400);
    expect(Object.keys(past.json().error.fields)).toEqual(['validUntil']);
    expect((await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!, { validUntil: '2026-03-02' }))).statusCode).toBe(201);

    // Another customer's location, terms too long, a tax rate of nobody's.
    const other = await createCustomer(porter.ctx.db, tenant.tenantId);
    const elsewhere = await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, other.locationIds[0]!));
    expect(Object.keys(elsewhere.json().error.fields)).toEqual(['locationId']);
    const long = await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!, { terms: 'x'.repeat(5_001) }));
    expect(Object.keys(long.json().error.fields)).toEqual(['terms']);
    expect((await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!, { terms: 'x'.repeat(5_000) }))).statusCode).toBe(201);
    const badRate = await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!, { lines: [{ description: 'A', quantity: 100, unitPrice: 100, taxRateId: 'nope' }] }));
    expect(Object.keys(badRate.json().error.fields)).toEqual(['lines.0.taxRateId']);
  });

  it('numbers a quote on sending, emails its billing contacts only, and then keeps it as sent', async () => {
    const { customer, billing, site } = await customerWithContacts();
    const events: LiveEvent[] = [];
    const stop = porter.ctx.events.subscribe((event) => events.push(event));
    const quote = await sentQuote(customer.id, customer.locationIds[0]!);
    expect(quote.number).toMatch(/^Q-2026-\d{4}$/);
    expect(quote).toMatchObject({ status: 'sent', sentAt: start.toISOString() });
    // On PostgreSQL the event comes back through LISTEN/NOTIFY, after the answer.
    await expect.poll(() => events).toContainEqual({ tenantId: tenant.tenantId, topic: 'quotes', locationId: customer.locationIds[0], id: quote.id });
    stop();

    const db = inspect(porter.ctx.db);
    const mail = await db.selectFrom('outbox_emails').select(['to_address', 'subject', 'text_body']).where('tenant_id', '=', tenant.tenantId).where('to_address', 'in', [billing.email, site.email]).execute();
    expect(mail.map((m) => m.to_address)).toEqual([billing.email]);
    expect(mail[0]!.subject).toContain(quote.number!);
    expect(mail[0]!.text_body).toContain(`/portal/${tenant.slug}/billing/quotes/${quote.id}`);
    expect(mail[0]!.text_body).toContain('$163.66');

    expect((await callApi(porter, owner, 'PUT', `/api/office/quotes/${quote.id}`, { ...draftInput(customer.id, customer.locationIds[0]!), customerId: undefined })).statusCode).toBe(409);
    expect((await callApi(porter, owner, 'DELETE', `/api/office/quotes/${quote.id}`)).statusCode).toBe(409);
    expect((await callApi(porter, owner, 'POST', `/api/office/quotes/${quote.id}/send`)).statusCode).toBe(409);

    const draft = await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!));
    expect((await callApi(porter, owner, 'DELETE', `/api/office/quotes/${draft.json().id}`)).statusCode).toBe(204);
    expect((await callApi(porter, owner, 'GET', `/api/office/quotes/${draft.json().id}`)).statusCode).toBe(404);

    const listed = await callApi(porter, owner, 'GET', `/api/office/quotes?customerId=${customer.id}&status=sent`);
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: quote.id, status: 'sent' }] });
  });

  it('shows billing contacts sent quotes, never drafts, and answers 404 to everyone else', async () => {
    const mine = await customerWithContacts();
    const theirs = await customerWithContacts();
    const quote = await sentQuote(mine.customer.id, mine.customer.locationIds[0]!);
    const draft = (await callApi(porter, owner, 'POST', '/api/office/quotes', draftInput(mine.customer.id, mine.customer.locationIds[0]!))).json();

    const list = await callApi(porter, mine.billingCookie, 'GET', `/api/portal/${tenant.slug}/quotes`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items.map((q: { id: string }) => q.id)).toEqual([quote.id]);
    const shown = await callApi(porter, mine.billingCookie, 'GET', portalUrl(quote.id));
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ id: quote.id, terms: quote.terms, validUntil: '2026-03-10', total: 16_366, status: 'sent' });
    expect(shown.json().lines).toHaveLength(2);
    expect((await callApi(porter, mine.billingCookie, 'GET', portalUrl(draft.id))).statusCode).toBe(404);
    expect((await accept(mine.billingCookie, draft.id)).statusCode).toBe(404);

    // A site contact of the same customer, and another customer's billing contact.
    expect((await callApi(porter, mine.siteCookie, 'GET', `/api/portal/${tenant.slug}/quotes`)).statusCode).toBe(404);
    expect((await callApi(porter, mine.siteCookie, 'GET', portalUrl(quote.id))).statusCode).toBe(404);
    expect((await accept(mine.siteCookie, quote.id)).statusCode).toBe(404);
    expect((await callApi(porter, mine.siteCookie, 'POST', portalUrl(quote.id, '/decline'), { reason: 'No' })).statusCode).toBe(404);
    expect((await callApi(porter, theirs.billingCookie, 'GET', portalUrl(quote.id))).statusCode).toBe(404);
    expect((await accept(theirs.billingCookie, quote.id)).statusCode).toBe(404);

    // Pending: the billing contact's call to action; nobody else's.
    expect((await callApi(porter, mine.billingCookie, 'GET', `/api/portal/${tenant.slug}/quotes/pending`)).json().items).toEqual([
      { id: quote.id, title: quote.title, number: quote.number, validUntil: '2026-03-10', locationId: mine.customer.locationIds[0] },
    ]);
    expect((await callApi(porter, mine.siteCookie, 'GET', `/api/portal/${tenant.slug}/quotes/pending`)).json()).toEqual({ items: [] });

    // Another company's office.
    const other = await createTenant(porter.ctx.db);
    const otherOwner = await signInStaff(porter, other.ownerEmail);
    expect((await callApi(porter, otherOwner, 'GET', `/api/office/quotes/${quote.id}`)).statusCode).toBe(404);
    expect((await callApi(porter, otherOwner, 'POST', `/api/office/quotes/${draft.id}/send`)).statusCode).toBe(404);
    expect((await callApi(porter, otherOwner, 'DELETE', `/api/office/quotes/${draft.id}`)).statusCode).toBe(404);
    expect((await callApi(porter, otherOwner, 'POST', '/api/office/quotes', draftInput(mine.customer.id, mine.customer.locationIds[0]!))).statusCode).toBe(400);
    expect((await callApi(porter, otherOwner, 'GET', '/api/office/quotes')).json().total).toBe(0);
  });

  it('records the typed name, time, address and browser of an acceptance, once', async () => {
    const { customer, billing, billingCookie } = await customerWithContacts();
    // On PostgreSQL an event comes back through NOTIFY, after its request has answered: the sending's own event
    // is waited for, so only the acceptance's is counted. Other tests' late events name other quotes.
    const events: LiveEvent[] = [];
    const stop = porter.ctx.events.subscribe((event) => events.push(event));
    const quote = await sentQuote(customer.id, customer.locationIds[0]!);
    const ofThisQuote = () => events.filter((event) => event.id === quote.id).map((event) => event.topic);
    await expect.poll(ofThisQuote).toEqual(['quotes']);
    events.length = 0;
    expect((await accept(billingCookie, quote.id, { name: '', agree: true })).json().error.fields).toHaveProperty('name');
    expect((await accept(billingCookie, quote.id, { name: 'x'.repeat(101), agree: true })).json().error.fields).toHaveProperty('name');
    expect((await accept(billingCookie, quote.id, { name: 'Pat', agree: false })).json().error.fields).toHaveProperty('agree');

    const response = await porter.app.inject({
      method: 'POST',
      url: portalUrl(quote.id, '/accept'),
      headers: { cookie: billingCookie, 'content-type': 'application/json', 'user-agent': 'TestBrowser/1.0' },
      payload: { name: '  Pat Contact ', agree: true },
      remoteAddress: '203.0.113.7',
    });
    expect(response.statusCode, response.body).toBe(200);
    const accepted: PortalQuote = response.json();
    expect(accepted).toMatchObject({ status: 'accepted', acceptance: { name: 'Pat Contact', at: start.toISOString() } });
    expect(accepted).not.toHaveProperty('acceptance.ip');
    await expect.poll(ofThisQuote).toEqual(['quotes']);
    stop();

    const office: Quote = (await callApi(porter, owner, 'GET', `/api/office/quotes/${quote.id}`)).json();
    expect(office.acceptance).toEqual({ name: 'Pat Contact', at: start.toISOString(), ip: '203.0.113.7', userAgent: 'TestBrowser/1.0' });
    const row = await inspect(porter.ctx.db).selectFrom('quotes').select(['accepted_by_portal_user_id']).where('id', '=', quote.id).executeTakeFirstOrThrow();
    expect(row.accepted_by_portal_user_id).toBe(billing.id);

    expect((await accept(billingCookie, quote.id)).statusCode).toBe(409);
    expect((await callApi(porter, billingCookie, 'POST', portalUrl(quote.id, '/decline'), { reason: 'Changed my mind' })).statusCode).toBe(409);
    expect((await callApi(porter, billingCookie, 'GET', `/api/portal/${tenant.slug}/quotes/pending`)).json().items).toEqual([]);
  });

  it('takes a decline with a reason, once', async () => {
    const { customer, billingCookie } = await customerWithContacts();
    const quote = await sentQuote(customer.id, customer.locationIds[0]!);
    const decline = (reason: string) => callApi(porter, billingCookie, 'POST', portalUrl(quote.id, '/decline'), { reason });
    expect(Object.keys((await decline('  ')).json().error.fields)).toEqual(['reason']);
    expect(Object.keys((await decline('x'.repeat(501))).json().error.fields)).toEqual(['reason']);
    const declined = await decline('Too dear');
    expect(declined.statusCode, declined.body).toBe(200);
    expect(declined.json()).toMatchObject({ status: 'declined', declineReason: 'Too dear' });
    expect((await decline('Again')).statusCode).toBe(409);
    expect((await accept(billingCookie, quote.id)).statusCode).toBe(409);
    expect((await callApi(porter, owner, 'GET', `/api/office/quotes?status=declined&customerId=${customer.id}`)).json().total).toBe(1);
  });

  it('is accepted on its last valid day on the company’s clock and expired the day after', async () => {
    const { customer, billingCookie } = await customerWithContacts();
    const lastDay = await sentQuote(customer.id, customer.locationIds[0]!, { validUntil: '2026-03-10' });
    const dayAfter = await sentQuote(customer.id, customer.locationIds[0]!, { validUntil: '2026-03-10' });
    try {
      // 23:59 on 10 March in New York is already 11 March in UTC.
      setClock(Date.parse('2026-03-11T03:59:00Z'));
      expect((await accept(billingCookie, lastDay.id)).statusCode).toBe(200);

      setClock(Date.parse('2026-03-11T04:01:00Z'));
      const refused = await accept(billingCookie, dayAfter.id);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toBe('This quote has expired: ask the company for a new one.');
      expect((await callApi(porter, billingCookie, 'GET', portalUrl(dayAfter.id))).json().status).toBe('expired');
      expect((await callApi(porter, owner, 'GET', `/api/office/quotes/${dayAfter.id}`)).json().status).toBe('expired');
      expect((await callApi(porter, owner, 'GET', `/api/office/quotes?status=expired&customerId=${customer.id}`)).json().items.map((q: { id: string }) => q.id)).toEqual([dayAfter.id]);
      expect((await callApi(porter, owner, 'GET', `/api/office/quotes?status=sent&customerId=${customer.id}`)).json().total).toBe(0);
      expect((await callApi(porter, billingCookie, 'GET', `/api/portal/${tenant.slug}/quotes/pending`)).json().items).toEqual([]);
      // Expiry is read, not stored.
      expect((await inspect(porter.ctx.db).selectFrom('quotes').select('status').where('id', '=', dayAfter.id).executeTakeFirstOrThrow()).status).toBe('sent');
    } finally {
      setClock(start.getTime());
    }
  });

  it('lets staff viewing as the customer read a quote but never answer it', async () => {
    const { customer, billing } = await customerWithContacts();
    const quote = await sentQuote(customer.id, customer.locationIds[0]!);
    const viewer = cookieFrom(await callApi(porter, owner, 'POST', `/api/office/locations/${customer.locationIds[0]!}/view-as`, { portalUserId: billing.id }));
    expect((await callApi(porter, viewer, 'GET', portalUrl(quote.id))).statusCode).toBe(200);
    const refused = await accept(viewer, quote.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('read_only');
    expect((await callApi(porter, viewer, 'POST', portalUrl(quote.id, '/decline'), { reason: 'No' })).json().error.code).toBe('read_only');
    expect((await callApi(porter, owner, 'GET', `/api/office/quotes/${quote.id}`)).json().status).toBe('sent');
  });

  it('lets a manager read and write quotes and refuses a supervisor', async () => {
    const { customer } = await customerWithContacts();
    const manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    const supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    expect((await callApi(porter, manager, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!))).statusCode).toBe(201);
    expect((await callApi(porter, manager, 'GET', '/api/office/quotes')).statusCode).toBe(200);
    expect((await callApi(porter, supervisor, 'GET', '/api/office/quotes')).statusCode).toBe(403);
    expect((await callApi(porter, supervisor, 'POST', '/api/office/quotes', draftInput(customer.id, customer.locationIds[0]!))).statusCode).toBe(403);
  });

  it('makes an accepted quote a scheduled service and a draft first invoice, once', async () => {
    const { customer, billingCookie } = await customerWithContacts();
    const quote = await sentQuote(customer.id, customer.locationIds[1]!);
    const plan = { frequency: { kind: 'weekly', interval: 1, days: ['MO'] }, startDate: '2026-03-09', startTime: '09:00', durationMinutes: 120 };
    const schedule = () => callApi(porter, owner, 'POST', `/api/office/quotes/${quote.id}/schedule`, plan);
    expect((await schedule()).statusCode).toBe(409);
    expect((await accept(billingCookie, quote.id)).statusCode).toBe(200);

    const response = await schedule();
    expect(response.statusCode, response.body).toBe(201);
    const { accountServiceId, firstInvoiceId, quote: scheduled } = response.json();
    expect(scheduled).toMatchObject({ accountServiceId, firstInvoiceId, status: 'accepted' });

    const db = inspect(porter.ctx.db);
    const service = await db.selectFrom('account_services').selectAll().where('id', '=', accountServiceId).executeTakeFirstOrThrow();
    // Priced before tax: $170 less $15.
    expect(service).toMatchObject({ customer_id: customer.id, location_id: customer.locationIds[1], status: 'scheduled', price: 15_500, name: quote.title, rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO' });
    expect(await db.selectFrom('visits').select('id').where('account_service_id', '=', accountServiceId).execute()).not.toHaveLength(0);
    const invoice = await db.selectFrom('invoices').selectAll().where('id', '=', firstInvoiceId).executeTakeFirstOrThrow();
    expect(invoice).toMatchObject({ kind: 'invoice', status: 'draft', number: null, customer_id: customer.id, subtotal: 17_000, tax_total: 866, total: 16_366 });
    const lines = await db.selectFrom('invoice_lines').selectAll().where('invoice_id', '=', firstInvoiceId).orderBy('position').execute();
    expect(lines.map((line) => [line.description, line.net, line.tax])).toEqual([
      ['Weekly clean', 10_500, 866],
      ['Window cleaning', 5_000, 0],
    ]);

    expect((await schedule()).statusCode).toBe(409);
    expect(await db.selectFrom('account_services').select('id').where('customer_id', '=', customer.id).execute()).toHaveLength(1);

    const bad = await callApi(porter, owner, 'POST', `/api/office/quotes/${quote.id}/schedule`, { ...plan, durationMinutes: 5 });
    expect(Object.keys(bad.json().error.fields)).toEqual(['durationMinutes']);
    const supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    expect((await callApi(porter, supervisor, 'POST', `/api/office/quotes/${quote.id}/schedule`, plan)).statusCode).toBe(403);
  });

  it('pages a billing contact’s quotes newest first, keeps its place as quotes are sent, and refuses another person’s cursor', async () => {
    const mine = await customerWithContacts();
    const sent: string[] = [];
    for (let i = 0; i < 3; i += 1) sent.push((await sentQuote(mine.customer.id, mine.customer.locationIds[i % 2]!, { title: `Quote ${i}` })).id);
    const list = (cookie: string, query: string) => callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/quotes?${query}`);
    type Page = { items: { id: string }[]; nextCursor: string | null };

    const first = (await list(mine.billingCookie, 'pageSize=2')).json<Page>();
    expect(first.items.map((q) => q.id)).toEqual([sent[2], sent[1]]);
    // A quote sent between two pages shows on neither; the next page starts after the first's last row.
    const meanwhile = await sentQuote(mine.customer.id, mine.customer.locationIds[0]!);
    const second = (await list(mine.billingCookie, `pageSize=2&cursor=${encodeURIComponent(first.nextCursor!)}`)).json<Page>();
    expect(second).toEqual({ items: [expect.objectContaining({ id: sent[0] })], nextCursor: null });
    expect((await list(mine.billingCookie, 'pageSize=1')).json<Page>().items[0]!.id).toBe(meanwhile.id);

    const other = await customerWithContacts();
    for (let i = 0; i < 2; i += 1) await sentQuote(other.customer.id, other.customer.locationIds[0]!);
    const otherCursor = (await list(other.billingCookie, 'pageSize=1')).json<Page>().nextCursor!;
    const theirCompany = await createTenant(porter.ctx.db);
    const theirs = await customerWithContacts(theirCompany);
    for (const response of [await list(mine.billingCookie, `cursor=${encodeURIComponent(otherCursor)}`), await list(mine.billingCookie, 'cursor=made.up')]) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields).toHaveProperty('cursor');
    }
    // Another company's billing contact sees none of these, whatever cursor it carries.
    const carried = await callApi(porter, theirs.billingCookie, 'GET', `/api/portal/${theirCompany.slug}/quotes?cursor=${encodeURIComponent(first.nextCursor!)}`);
    expect(carried.statusCode).toBe(400);
    expect((await callApi(porter, theirs.billingCookie, 'GET', `/api/portal/${theirCompany.slug}/quotes`)).json<Page>()).toEqual({ items: [], nextCursor: null });
    expect((await list(mine.siteCookie, 'pageSize=1')).statusCode).toBe(404);
  });
});
