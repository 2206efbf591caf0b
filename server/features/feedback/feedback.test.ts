import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';
import { monthsUpTo, trendOf } from './feedback.service.ts';

const json = { 'content-type': 'application/json' };

/** The first day of the month `back` months before this one, UTC, as an ISO timestamp. */
const monthStart = (back: number, now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString();

describe('feedback trend arithmetic', () => {
  it('counts calendar months back across a year boundary, oldest first', () => {
    expect(monthsUpTo(new Date('2026-02-10T08:00:00Z'), 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsUpTo(new Date('2026-12-31T23:59:59.999Z'), 1)).toEqual(['2026-12']);
    expect(monthsUpTo(new Date('2026-03-31T12:00:00Z'), 2)).toEqual(['2026-02', '2026-03']);
  });

  it('averages each month and all the months together, leaving empty months null', () => {
    const trend = trendOf(
      [
        { rating: 5, created_at: '2026-01-03T10:00:00.000Z' },
        { rating: 4, created_at: '2026-01-31T23:59:59.999Z' },
        { rating: 1, created_at: '2026-03-01T00:00:00.000Z' },
        { rating: 2, created_at: '2026-03-20T00:00:00.000Z' },
        { rating: 2, created_at: '2026-03-21T00:00:00.000Z' },
        { rating: 3, created_at: '2026-04-01T00:00:00.000Z' },
      ],
      ['2026-01', '2026-02', '2026-03'],
    );
    expect(trend).toEqual({
      months: [
        { month: '2026-01', average: 4.5, count: 2 },
        { month: '2026-02', average: null, count: 0 },
        { month: '2026-03', average: 1.67, count: 3 },
      ],
      overallAverage: 2.8,
    });
    expect(trendOf([], ['2026-01'])).toEqual({ months: [{ month: '2026-01', average: null, count: 0 }], overallAverage: null });
  });
});

describe.each(testDialects())('feedback on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let otherOwner: string;
  let manager: { id: string; email: string };
  let supervisor: string;
  let technician: string;

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'POST', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const outboxTo = (address: string) => inspect(porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', address).execute();

  /** A customer with feedback on, and a signed-in portal user of its first location only. */
  async function ratingCustomer(options: { tenant?: Awaited<ReturnType<typeof createTenant>>; locations?: number; features?: ('feedback' | 'supplyRequests')[]; name?: string } = {}) {
    const company = options.tenant ?? tenant;
    const customer = await createCustomer(porter.ctx.db, company.tenantId, { portal: true, features: options.features ?? ['feedback'], locations: options.locations ?? 1, name: options.name });
    const user = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, [customer.locationIds[0]!]);
    const login = await porter.app.inject({ method: 'POST', url: `/api/portal/${company.slug}/login`, headers: json, payload: { email: user.email, password: testPassword } });
    return { ...customer, user, cookie: cookieFrom(login) };
  }
  const give = (cookie: string, payload: object, slug = tenant.slug) => call(cookie, 'POST', `/api/portal/${slug}/feedback`, payload);
  async function given(cookie: string, payload: object) {
    const response = await give(cookie, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }
  /** Feedback written straight to the table, to place it in an earlier month. */
  const rated = (tenantId: TenantId, customerId: string, locationId: string, rating: number, createdAt: string) =>
    porter.ctx.db.insertInto('feedback').values({ id: newId(), tenant_id: tenantId, customer_id: customerId, location_id: locationId, portal_user_id: null, rating, note: null, created_at: createdAt }).execute();

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
    otherOwner = await signIn(other.ownerEmail);
    manager = await createStaff(porter.ctx.db, tenant.tenantId, 'manager');
    supervisor = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    technician = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
  });
  afterAll(() => porter.close());

  it('takes a rating with a note and tells the staff who look after the location', async () => {
    const customer = await ratingCustomer({ name: 'Harbor Bakery' });
    const locationId = customer.locationIds[0]!;
    const byEmail = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const byText = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const untrained = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    const quiet = await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor');
    // Technicians do not see customer messages, so they are not sent them either.
    const technician = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    await inspect(porter.ctx.db).updateTable('staff_users').set({ mobile_phone: '+1 503 555 0142', mobile_carrier: 'tmobile' }).where('id', '=', byText.id).execute();
    await porter.ctx.db
      .insertInto('staff_location_assignments')
      .values([
        { tenant_id: tenant.tenantId, location_id: locationId, staff_user_id: byEmail.id, assigned: true, trained: true, notification_style: 'email' },
        { tenant_id: tenant.tenantId, location_id: locationId, staff_user_id: byText.id, assigned: true, trained: true, notification_style: 'text' },
        { tenant_id: tenant.tenantId, location_id: locationId, staff_user_id: untrained.id, assigned: true, trained: false, notification_style: 'email' },
        { tenant_id: tenant.tenantId, location_id: locationId, staff_user_id: quiet.id, assigned: true, trained: true, notification_style: 'none' },
        { tenant_id: tenant.tenantId, location_id: locationId, staff_user_id: technician.id, assigned: true, trained: true, notification_style: 'email' },
      ])
      .execute();

    const feedback = await given(customer.cookie, { locationId, rating: 2, note: ' The bins were not emptied on Friday. ' });
    expect(feedback).toEqual({
      id: expect.any(String),
      rating: 2,
      note: 'The bins were not emptied on Friday.',
      locationId,
      locationName: 'Site 1',
      locationTimeZone: 'UTC',
      customerId: customer.id,
      customerName: 'Harbor Bakery',
      givenBy: 'Pat Contact',
      visitId: null,
      createdAt: expect.any(String),
    });
    const title = 'Feedback from Harbor Bakery at Site 1: Dissatisfied';
    const [email] = await outboxTo(byEmail.email);
    expect(email!.subject).toBe(title);
    expect(email!.text_body).toContain('The bins were not emptied on Friday.');
    expect(email!.text_body).toContain('Dissatisfied (2 of 5)');
    expect(email!.text_body).toContain(`http://porter.test/office/feedback?locationId=${locationId}`);
    expect((await outboxTo('15035550142@tmomail.net'))[0]!.text_body).toBe(title);
    expect(await outboxTo(untrained.email)).toHaveLength(0);
    expect(await outboxTo(quiet.email)).toHaveLength(0);
    expect(await outboxTo(technician.email)).toHaveLength(0);

    const unread = await inspect(porter.ctx.db).selectFrom('staff_notifications').select(['staff_user_id', 'kind', 'title']).where('title', '=', title).execute();
    expect(unread.map((n) => n.staff_user_id).sort()).toEqual([tenant.ownerId, manager.id].sort());
    expect(unread.every((n) => n.kind === 'feedback')).toBe(true);

    const plain = await given(customer.cookie, { locationId, rating: 5, note: '' });
    expect(plain).toMatchObject({ rating: 5, note: null });
  });

  it('refuses a rating off the scale, naming the field, and writes nothing', async () => {
    const customer = await ratingCustomer();
    for (const rating of [0, 6, 2.5]) {
      const refused = await give(customer.cookie, { locationId: customer.locationIds[0], rating });
      expect(refused.statusCode, String(rating)).toBe(400);
      expect(Object.keys(refused.json().error.fields)).toEqual(['rating']);
    }
    const missing = await give(customer.cookie, { locationId: customer.locationIds[0] });
    expect(missing.json().error.fields).toEqual({ rating: 'Choose a rating' });
    const long = await give(customer.cookie, { locationId: customer.locationIds[0], rating: 3, note: 'x'.repeat(2001) });
    expect(long.json().error.fields).toEqual({ note: 'Keep it under 2,000 characters' });
    expect(await inspect(porter.ctx.db).selectFrom('feedback').select('id').where('customer_id', '=', customer.id).execute()).toHaveLength(0);
  });

  it('is not found when feedback is off, the location is not theirs, or it is another company’s', async () => {
    const off = await ratingCustomer({ features: ['supplyRequests'] });
    const twoSites = await ratingCustomer({ locations: 2 });
    const theirs = await ratingCustomer({ tenant: other });
    for (const [cookie, locationId] of [
      [off.cookie, off.locationIds[0]!],
      [twoSites.cookie, twoSites.locationIds[1]!],
      [twoSites.cookie, theirs.locationIds[0]!],
    ] as const) {
      expect((await give(cookie, { locationId, rating: 4 })).statusCode, locationId).toBe(404);
      expect((await call(cookie, 'GET', `/api/portal/${tenant.slug}/locations/${locationId}/feedback`)).statusCode, locationId).toBe(404);
    }
    expect((await give(twoSites.cookie, { locationId: theirs.locationIds[0], rating: 4 }, other.slug)).statusCode).toBe(401);
    const written = await inspect(porter.ctx.db).selectFrom('feedback').select('id').where('location_id', 'in', [off.locationIds[0]!, twoSites.locationIds[1]!, theirs.locationIds[0]!]).execute();
    expect(written).toHaveLength(0);
  });

  it('is not found on a company portal that is switched off', async () => {
    const closed = await createTenant(porter.ctx.db);
    const customer = await ratingCustomer({ tenant: closed });
    await porter.ctx.db.updateTable('tenants').set({ portal_enabled: false }).where('id', '=', closed.tenantId).execute();
    expect((await give(customer.cookie, { locationId: customer.locationIds[0], rating: 4 }, closed.slug)).statusCode).toBe(404);
    expect((await call(customer.cookie, 'GET', `/api/portal/${closed.slug}/locations/${customer.locationIds[0]}/feedback`)).statusCode).toBe(404);
  });

  it('shows the portal the feedback given at a location, newest first', async () => {
    const customer = await ratingCustomer({ locations: 2 });
    const colleague = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const colleagueCookie = cookieFrom(await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: colleague.email, password: testPassword } }));
    const [first, second] = [customer.locationIds[0]!, customer.locationIds[1]!];
    const a = await given(customer.cookie, { locationId: first, rating: 4 });
    const b = await given(colleagueCookie, { locationId: first, rating: 1, note: 'Floors sticky' });
    await given(colleagueCookie, { locationId: second, rating: 3 });
    const list = (await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${first}/feedback`)).json();
    expect(list).toMatchObject({ total: 2, page: 1, pageSize: 25 });
    expect(list.items.map((f: { id: string }) => f.id)).toEqual([b.id, a.id]);
    const low = (await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/locations/${first}/feedback?maxRating=2&pageSize=5`)).json();
    expect(low.items.map((f: { id: string }) => f.id)).toEqual([b.id]);
  });

  it('lists feedback in the office by customer, location and rating, and refuses technicians', async () => {
    const customer = await ratingCustomer({ locations: 2 });
    await porter.ctx.db.insertInto('portal_user_locations').values({ tenant_id: tenant.tenantId, portal_user_id: customer.user.id, location_id: customer.locationIds[1]! }).execute();
    const a = await given(customer.cookie, { locationId: customer.locationIds[0], rating: 5 });
    const b = await given(customer.cookie, { locationId: customer.locationIds[1], rating: 2 });
    const c = await given(customer.cookie, { locationId: customer.locationIds[0], rating: 1 });
    const ids = async (query: string) => (await call(supervisor, 'GET', `/api/office/feedback?${query}`)).json().items.map((f: { id: string }) => f.id);
    expect(await ids(`customerId=${customer.id}`)).toEqual([c.id, b.id, a.id]);
    expect(await ids(`locationId=${customer.locationIds[0]}`)).toEqual([c.id, a.id]);
    expect(await ids(`customerId=${customer.id}&maxRating=2`)).toEqual([c.id, b.id]);
    expect(await ids(`customerId=${customer.id}&pageSize=1&page=3`)).toEqual([a.id]);
    const all = (await call(owner, 'GET', '/api/office/feedback?pageSize=2')).json();
    expect(all).toMatchObject({ page: 1, pageSize: 2 });
    expect(all.total).toBeGreaterThanOrEqual(3);
    expect((await call(owner, 'GET', '/api/office/feedback?maxRating=9')).statusCode).toBe(400);
    expect((await call(technician, 'GET', '/api/office/feedback')).statusCode).toBe(403);
    expect((await call(technician, 'GET', `/api/office/feedback/trend?customerId=${customer.id}`)).statusCode).toBe(403);
  });

  it('opens the office’s feedback to supervisors and up only', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const admin = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'admin')).email);
    const managerCookie = await signIn(manager.email);
    for (const url of ['/api/office/feedback', `/api/office/feedback/trend?customerId=${customer.id}`]) {
      for (const [cookie, status] of [[owner, 200], [admin, 200], [managerCookie, 200], [supervisor, 200], [technician, 403]] as const) {
        expect((await call(cookie, 'GET', url)).statusCode, url).toBe(status);
      }
      expect((await porter.app.inject({ url })).statusCode, url).toBe(401);
    }
  });

  it('charts a location’s and a customer’s average rating per calendar month', async () => {
    const customer = await ratingCustomer({ locations: 2 });
    const [site, otherSite] = [customer.locationIds[0]!, customer.locationIds[1]!];
    await rated(tenant.tenantId, customer.id, site, 5, new Date().toISOString());
    await rated(tenant.tenantId, customer.id, site, 2, new Date().toISOString());
    await rated(tenant.tenantId, customer.id, site, 4, monthStart(2));
    await rated(tenant.tenantId, customer.id, site, 1, new Date(Date.parse(monthStart(2)) - 1).toISOString());
    await rated(tenant.tenantId, customer.id, otherSite, 1, monthStart(1));
    await rated(tenant.tenantId, customer.id, site, 3, monthStart(12));
    const months = [monthStart(2), monthStart(1), monthStart(0)].map((m) => m.slice(0, 7));

    const location = await call(supervisor, 'GET', `/api/office/feedback/trend?locationId=${site}&months=3`);
    expect(location.statusCode, location.body).toBe(200);
    expect(location.json()).toEqual({
      months: [
        { month: months[0], average: 4, count: 1 },
        { month: months[1], average: null, count: 0 },
        { month: months[2], average: 3.5, count: 2 },
      ],
      overallAverage: 3.67,
    });
    const ofCustomer = (await call(supervisor, 'GET', `/api/office/feedback/trend?customerId=${customer.id}&months=3`)).json();
    expect(ofCustomer.months.map((m: { average: number | null }) => m.average)).toEqual([4, 1, 3.5]);
    expect(ofCustomer.overallAverage).toBe(3);

    const year = (await call(owner, 'GET', `/api/office/feedback/trend?customerId=${customer.id}`)).json();
    expect(year.months).toHaveLength(12);
    expect(year.months[0].month).toBe(monthStart(11).slice(0, 7));
    expect(year.months.reduce((n: number, m: { count: number }) => n + m.count, 0)).toBe(5);
    const longer = (await call(owner, 'GET', `/api/office/feedback/trend?locationId=${site}&months=13`)).json();
    expect(longer.months[0]).toEqual({ month: monthStart(12).slice(0, 7), average: 3, count: 1 });

    for (const query of [`customerId=${customer.id}&locationId=${site}`, '', `customerId=${customer.id}&months=0`, `customerId=${customer.id}&months=37`]) {
      const refused = await call(owner, 'GET', `/api/office/feedback/trend?${query}`);
      expect(refused.statusCode, query).toBe(400);
    }
    expect((await call(owner, 'GET', '/api/office/feedback/trend')).json().error.fields).toEqual({ customerId: 'Give a customer or a location' });
  });

  it('answers 404 for another company’s customer and location, and never shows its feedback', async () => {
    const theirs = await ratingCustomer({ tenant: other, name: 'Not Yours Inc' });
    const response = await give(theirs.cookie, { locationId: theirs.locationIds[0], rating: 1, note: 'secret' }, other.slug);
    expect(response.statusCode).toBe(201);
    for (const url of [
      `/api/office/feedback?customerId=${theirs.id}`,
      `/api/office/feedback?locationId=${theirs.locationIds[0]}`,
      `/api/office/feedback/trend?customerId=${theirs.id}`,
      `/api/office/feedback/trend?locationId=${theirs.locationIds[0]}`,
    ]) {
      const refused = await call(owner, 'GET', url);
      expect(refused.statusCode, url).toBe(404);
      expect(refused.body).not.toContain('Not Yours Inc');
    }
    const mine = (await call(owner, 'GET', '/api/office/feedback?pageSize=100')).json();
    expect(JSON.stringify(mine)).not.toContain('secret');
    expect((await call(otherOwner, 'GET', `/api/office/feedback?customerId=${theirs.id}`)).json().items).toHaveLength(1);
  });
});

describe.each(testDialects())('rating a visit on %s', (kind) => {
  let porter: TestPorter;
  // Monday 1 June 2026 at noon UTC.
  const clock = testClock(new Date('2026-06-01T12:00:00Z'));
  const minute = 60_000;
  const cutoff = clock.now().getTime() - 45 * 24 * 60 * minute;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let contact: string;
  let colleague: string;
  let locationId: string;

  /** A visit at a location, ending `endsAt`, straight into the table. */
  async function visitAt(tenantId: string, customerId: string, location: string, endsAt: number, status: 'completed' | 'scheduled' = 'completed'): Promise<string> {
    const id = newId();
    const startsAt = new Date(endsAt - 90 * minute).toISOString();
    const stamp = clock.now().toISOString();
    await inspect(porter.ctx.db)
      .insertInto('visits')
      .values({ id, tenant_id: tenantId, customer_id: customerId, location_id: location, account_service_id: null, original_date: startsAt.slice(0, 10), name: 'Weekly clean', starts_at: startsAt, duration_minutes: 90, status, price: 9000, created_at: stamp, updated_at: stamp })
      .execute();
    return id;
  }
  const lastJob = async (cookie = contact) => {
    const response = await callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/locations/${locationId}/last-job`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().visit as { id: string } | null;
  };
  const ratingOf = async (visitId: string, cookie = contact) => {
    const response = await callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/visits/${visitId}/rating`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const rate = (visitId: string, rating = 5) => callApi(porter, contact, 'POST', `/api/portal/${tenant.slug}/feedback`, { locationId, rating, visitId });

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['feedback'] });
    locationId = customer.locationIds[0]!;
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [locationId]);
    const login = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: user.email, password: testPassword } });
    contact = cookieFrom(login);
    colleague = await signInPortal(porter, tenant.slug, (await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [locationId])).email);
  });
  afterAll(() => porter.close());

  it('asks to rate the last visit while it ended no more than 45 days ago and is not rated, each visit once', async () => {
    const customerId = (await inspect(porter.ctx.db).selectFrom('locations').select('customer_id').where('id', '=', locationId).executeTakeFirstOrThrow()).customer_id;
    expect(await lastJob()).toBeNull();
    const outside = await visitAt(tenant.tenantId, customerId, locationId, cutoff - minute);
    // Ended 45 days and a minute ago: too long ago to ask about.
    expect(await lastJob()).toBeNull();
    const atTheEdge = await visitAt(tenant.tenantId, customerId, locationId, cutoff);
    // Ended exactly 45 days ago: still asked about.
    expect((await lastJob())?.id).toBe(atTheEdge);
    const recent = await visitAt(tenant.tenantId, customerId, locationId, clock.now().getTime() - 3 * 24 * 60 * minute);
    await visitAt(tenant.tenantId, customerId, locationId, clock.now().getTime() + 24 * 60 * minute, 'scheduled');
    // Only the last completed one is asked about, never the ones before it.
    expect((await lastJob())?.id).toBe(recent);

    const given = await rate(recent, 4);
    expect(given.statusCode, given.body).toBe(201);
    expect(given.json()).toMatchObject({ visitId: recent, rating: 4 });
    expect(await lastJob()).toBeNull();
    // An earlier visit can still be rated while it ended inside the window, as the rating link does.
    expect((await rate(atTheEdge)).statusCode).toBe(201);
    expect((await rate(outside, 3)).statusCode).toBe(409);

    const again = await rate(recent);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('This visit has already been rated. Thank you!');
    const rows = await inspect(porter.ctx.db).selectFrom('feedback').select('visit_id').where('tenant_id', '=', tenant.tenantId).execute();
    expect(rows.map((row) => row.visit_id).sort()).toEqual([atTheEdge, recent].sort());
  });

  it('opens the rating link on the visit’s state: open, rated, not done, and too old a millisecond past 45 days', async () => {
    const customerId = (await inspect(porter.ctx.db).selectFrom('locations').select('customer_id').where('id', '=', locationId).executeTakeFirstOrThrow()).customer_id;
    const atTheEdge = await visitAt(tenant.tenantId, customerId, locationId, cutoff);
    const justPast = await visitAt(tenant.tenantId, customerId, locationId, cutoff - 1);
    const upcoming = await visitAt(tenant.tenantId, customerId, locationId, clock.now().getTime() + 60 * minute, 'scheduled');

    expect(await ratingOf(atTheEdge)).toEqual({
      visit: { id: atTheEdge, name: 'Weekly clean', startsAt: new Date(cutoff - 90 * minute).toISOString(), timeZone: 'UTC', locationId, locationName: 'Site 1' },
      rating: null,
      completed: true,
      expired: false,
    });
    expect(await ratingOf(justPast)).toMatchObject({ rating: null, completed: true, expired: true });
    expect(await ratingOf(upcoming)).toMatchObject({ rating: null, completed: false, expired: false });

    // What the page says is what the rating route does: the one past the window is refused, with why.
    const late = await rate(justPast);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('This visit ended more than 45 days ago, so it can no longer be rated.');
    const given = await callApi(porter, contact, 'POST', `/api/portal/${tenant.slug}/feedback`, { locationId, visitId: atTheEdge, rating: 2, note: 'Dusty shelves' });
    expect(given.statusCode, given.body).toBe(201);

    // Anyone at the location sees that it was rated, and by how much.
    expect(await ratingOf(atTheEdge, colleague)).toMatchObject({ rating: { rating: 2, note: 'Dusty shelves', createdAt: given.json().createdAt }, completed: true, expired: false });
    const written = await inspect(porter.ctx.db).selectFrom('feedback').select('visit_id').where('visit_id', 'in', [justPast, upcoming]).execute();
    expect(written).toEqual([]);
  });

  it('answers the rating link with the same 404 for any visit the person may not rate, and only to portal users', async () => {
    const customerId = (await inspect(porter.ctx.db).selectFrom('locations').select('customer_id').where('id', '=', locationId).executeTakeFirstOrThrow()).customer_id;
    const ended = clock.now().getTime() - 60 * minute;
    const neighbour = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['feedback'] });
    const otherCustomers = await visitAt(tenant.tenantId, neighbour.id, neighbour.locationIds[0]!, ended);
    // A second site of the same customer that this contact was not given.
    const secondSite = newId();
    await porter.ctx.db.insertInto('locations').values({ ...(await inspect(porter.ctx.db).selectFrom('locations').selectAll().where('id', '=', locationId).executeTakeFirstOrThrow()), id: secondSite, name: 'Site 2' }).execute();
    const notTheirSite = await visitAt(tenant.tenantId, customerId, secondSite, ended);
    const quiet = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: [] });
    const quietUser = await createPortalUser(porter.ctx.db, tenant.tenantId, quiet.id, [quiet.locationIds[0]!]);
    const feedbackOff = await visitAt(tenant.tenantId, quiet.id, quiet.locationIds[0]!, ended);
    const other = await createTenant(porter.ctx.db);
    const elsewhere = await createCustomer(porter.ctx.db, other.tenantId, { portal: true, features: ['feedback'] });
    const otherCompanys = await visitAt(other.tenantId, elsewhere.id, elsewhere.locationIds[0]!, ended);
    const mine = await visitAt(tenant.tenantId, customerId, locationId, ended);

    const notFound = (await callApi(porter, contact, 'GET', `/api/portal/${tenant.slug}/visits/${newId()}/rating`)).json();
    for (const visitId of [otherCustomers, notTheirSite, feedbackOff, otherCompanys]) {
      const refused = await callApi(porter, contact, 'GET', `/api/portal/${tenant.slug}/visits/${visitId}/rating`);
      expect(refused.statusCode, visitId).toBe(404);
      expect(refused.json(), visitId).toEqual(notFound);
    }
    expect(notFound.error.message).toBe('That visit was not found.');
    expect((await callApi(porter, await signInPortal(porter, tenant.slug, quietUser.email), 'GET', `/api/portal/${tenant.slug}/visits/${feedbackOff}/rating`)).statusCode).toBe(404);

    // Only a portal user of this company's portal: staff, strangers and another portal's users are asked to sign in.
    const url = `/api/portal/${tenant.slug}/visits/${mine}/rating`;
    expect((await callApi(porter, contact, 'GET', url)).statusCode).toBe(200);
    expect((await callApi(porter, await signInStaff(porter, tenant.ownerEmail), 'GET', url)).statusCode).toBe(401);
    expect((await porter.app.inject({ url })).statusCode).toBe(401);
    const theirUser = await createPortalUser(porter.ctx.db, other.tenantId, elsewhere.id, [elsewhere.locationIds[0]!]);
    expect((await callApi(porter, await signInPortal(porter, other.slug, theirUser.email), 'GET', url)).statusCode).toBe(401);
  });

  it('refuses a visit not done yet, and answers 404 for another location’s or company’s visit', async () => {
    const customerId = (await inspect(porter.ctx.db).selectFrom('locations').select('customer_id').where('id', '=', locationId).executeTakeFirstOrThrow()).customer_id;
    const upcoming = await visitAt(tenant.tenantId, customerId, locationId, clock.now().getTime() + 60 * minute, 'scheduled');
    const early = await rate(upcoming);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Only a visit that has been completed can be rated.');

    const neighbour = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['feedback'] });
    const theirs = await visitAt(tenant.tenantId, neighbour.id, neighbour.locationIds[0]!, clock.now().getTime() - 60 * minute);
    expect((await rate(theirs)).statusCode).toBe(404);
    const other = await createTenant(porter.ctx.db);
    const elsewhere = await createCustomer(porter.ctx.db, other.tenantId, { portal: true, features: ['feedback'] });
    const foreign = await visitAt(other.tenantId, elsewhere.id, elsewhere.locationIds[0]!, clock.now().getTime() - 60 * minute);
    expect((await rate(foreign)).statusCode).toBe(404);
    // Nothing was written by any refusal.
    const written = await inspect(porter.ctx.db).selectFrom('feedback').select('id').where('visit_id', 'in', [upcoming, theirs, foreign]).execute();
    expect(written).toEqual([]);
  });

  it('does not ask at a location without feedback, nor another customer’s location', async () => {
    const quiet = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: [] });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, quiet.id, [quiet.locationIds[0]!]);
    const login = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: user.email, password: testPassword } });
    const cookie = cookieFrom(login);
    expect((await callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/locations/${quiet.locationIds[0]}/last-job`)).statusCode).toBe(404);
    expect((await callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/locations/${locationId}/last-job`)).statusCode).toBe(404);
  });
});
