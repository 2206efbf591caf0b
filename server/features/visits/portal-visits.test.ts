import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { createStaff } from '../../test/factories.ts';
import { callApi, inspect, testDialects } from '../../test/harness.ts';
import { portalVisitsWorld } from './portal-visits.fixtures.ts';

describe.each(testDialects())('what the customer sees of visits on %s', (kind) => {
  let world: Awaited<ReturnType<typeof portalVisitsWorld>>;
  let home: string;
  let cabin: string;
  const api = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(world.porter, cookie, method, url, payload);
  const contact = () => world.signIn(world.a.slug, world.contact.email);
  const nextVisit = async (cookie: string, locationId = home) => api(cookie, 'GET', `/api/portal/${world.a.slug}/locations/${locationId}/next-visit`);

  beforeAll(async () => {
    world = await portalVisitsWorld(kind);
    [home, cabin] = world.family.locationIds as [string, string];
  });
  afterAll(() => world.porter.close());

  it('shows the next visit with its arrival time, frequency, the address of one of several locations and the whole price', async () => {
    world.clock.set('2026-03-02T12:00:00Z');
    const response = await nextVisit(await contact());
    expect(response.statusCode, response.body).toBe(200);
    const { visit } = response.json();
    expect(visit).toMatchObject({
      name: 'Weekly clean',
      startsAt: '2026-03-09T09:00:00.000Z',
      timeZone: 'UTC',
      status: 'scheduled',
      arrival: { kind: 'time', at: '2026-03-09T09:00:00.000Z' },
      frequency: { kind: 'weekly', interval: 1, days: ['MO'] },
      address: '1 Test Street',
      canUpgrade: true,
      price: {
        base: 12_000,
        rateModifications: [
          { name: 'Pet surcharge', amount: 1_500 },
          { name: 'Loyalty discount', amount: -1_200, percent: -1_000 },
        ],
        upgrades: [],
        total: 12_300,
        currency: 'USD',
      },
    });
    // Six days ahead: who comes is not told yet.
    expect(visit).not.toHaveProperty('team');
  });

  it('leaves the address out for a customer with one location, and says a one-off visit is one', async () => {
    world.clock.set('2026-03-02T12:00:00Z');
    const cookie = await world.signIn(world.a.slug, world.singleContact.email);
    const { visit } = (await nextVisit(cookie, world.single.locationIds[0])).json();
    expect(visit.name).toBe('Weekly clean');
    expect(visit).not.toHaveProperty('address');

    await inspect(world.porter.ctx.db).updateTable('visits').set({ account_service_id: null }).where('id', '=', visit.id).execute();
    expect((await nextVisit(cookie, world.single.locationIds[0])).json().visit.frequency).toEqual({ kind: 'once' });
  });

  it('shows the team by first name from 23 h 59 min before the start, and offers upgrades only until 24 h before', async () => {
    world.clock.set('2026-03-08T09:01:00Z');
    const inside = (await nextVisit(await contact())).json().visit;
    expect(inside.startsAt).toBe('2026-03-09T09:00:00.000Z');
    expect(inside.team).toEqual(['Ana', 'Ben']);
    expect(inside.canUpgrade).toBe(false);

    world.clock.set('2026-03-08T08:59:00Z');
    const outside = (await nextVisit(await contact())).json().visit;
    expect(outside).not.toHaveProperty('team');
    expect(outside.canUpgrade).toBe(true);
  });

  it('gives the arrival window on the company’s terms, kept inside business hours', async () => {
    world.clock.set('2026-03-02T12:00:00Z');
    const settings = { showArrivalWindow: true, arrivalWindowBeforeMinutes: 90, arrivalWindowAfterMinutes: 60, businessHoursOpens: '08:00', businessHoursCloses: '18:00', skipCutoffHours: 48, calendarFeedDays: 60, currency: 'EUR' };
    expect((await api(world.a.owner, 'PUT', '/api/office/settings/scheduling', settings)).statusCode).toBe(200);
    const { visit } = (await nextVisit(await contact())).json();
    expect(visit.arrival).toEqual({ kind: 'window', from: '2026-03-09T08:00:00.000Z', to: '2026-03-09T10:00:00.000Z' });
    expect(visit.price.currency).toBe('EUR');
    await api(world.a.owner, 'PUT', '/api/office/settings/scheduling', { ...settings, showArrivalWindow: false, currency: 'USD' });
  });

  it('shows an upgrade waiting for the office as pending, not counted in the total', async () => {
    world.clock.set('2026-03-02T12:00:00Z');
    const visitId = await world.visitAt(home, '2026-03-09T09:00:00.000Z');
    await world.porter.ctx.db
      .insertInto('visit_upgrades')
      .values({ id: newId(), tenant_id: world.a.tenantId, visit_id: visitId, upgrade_id: null, name: 'Inside the oven', price: 3_500, extra_minutes: 30, status: 'pending', request_id: null, created_at: new Date().toISOString() })
      .execute();
    const { price } = (await nextVisit(await contact())).json().visit;
    expect(price.upgrades).toEqual([{ name: 'Inside the oven', amount: 3_500, pending: true }]);
    expect(price.total).toBe(12_300);
  });

  it('keeps a completed visit that an accepted upgrade made longer as the next one until its longer end', async () => {
    const visitId = await world.visitAt(home, '2026-03-09T09:00:00.000Z');
    const db = world.porter.ctx.db;
    await db.updateTable('visits').set({ status: 'completed' }).where('tenant_id', '=', world.a.tenantId).where('id', '=', visitId).execute();
    await db
      .insertInto('visit_upgrades')
      .values({ id: newId(), tenant_id: world.a.tenantId, visit_id: visitId, upgrade_id: null, name: 'Inside the fridge', price: 2_000, extra_minutes: 45, status: 'accepted', request_id: null, created_at: new Date().toISOString() })
      .execute();
    // Two hours long, 45 minutes more with the upgrade: it ends at 11:45.
    world.clock.set('2026-03-09T11:44:00Z');
    expect((await nextVisit(await contact())).json().visit).toMatchObject({ id: visitId, status: 'completed', endsAt: '2026-03-09T11:45:00.000Z' });
    world.clock.set('2026-03-09T11:45:00Z');
    expect((await nextVisit(await contact())).json().visit.startsAt).toBe('2026-03-16T09:00:00.000Z');
    await db.deleteFrom('visit_upgrades').where('tenant_id', '=', world.a.tenantId).where('visit_id', '=', visitId).where('name', '=', 'Inside the fridge').execute();
    await db.updateTable('visits').set({ status: 'scheduled' }).where('tenant_id', '=', world.a.tenantId).where('id', '=', visitId).execute();
  });

  it('lists visits to come and past visits a page at a time, and the services still waiting', async () => {
    world.clock.set('2026-03-10T12:00:00Z');
    const cookie = await contact();
    const upcoming = (await api(cookie, 'GET', `/api/portal/${world.a.slug}/locations/${home}/visits?pageSize=2`)).json();
    expect(upcoming.items.map((v: { startsAt: string }) => v.startsAt)).toEqual(['2026-03-16T09:00:00.000Z', '2026-03-23T09:00:00.000Z']);
    expect(upcoming.total).toBeGreaterThan(2);
    expect(upcoming.requestsEnabled).toBe(true);
    expect(upcoming.items[0]).toMatchObject({ status: 'scheduled', total: 12_300, currency: 'USD', canSkip: true, canAskToSkip: false, canReschedule: true });
    const past = (await api(cookie, 'GET', `/api/portal/${world.a.slug}/locations/${home}/visits?when=past`)).json();
    expect(past.items.map((v: { startsAt: string }) => v.startsAt)).toEqual(['2026-03-09T09:00:00.000Z']);
    expect(past.items[0]).toMatchObject({ canSkip: false, canAskToSkip: false, canReschedule: false });

    const waiting = await api(world.a.owner, 'POST', `/api/office/customers/${world.family.id}/account-services`, {
      locationId: home,
      name: 'Window cleaning',
      frequency: { kind: 'monthlyByWeekday', interval: 1, nth: -1, weekday: 'FR' },
      startDate: '2026-04-01',
      startTime: '10:00',
      durationMinutes: 90,
      price: 8_000,
      rateModifications: [{ name: 'High floors', kind: 'percent', amount: 2_500 }],
    });
    expect(waiting.statusCode, waiting.body).toBe(201);
    const listed = (await api(cookie, 'GET', `/api/portal/${world.a.slug}/locations/${home}/waiting-services`)).json();
    expect(listed.items).toEqual([expect.objectContaining({ name: 'Window cleaning', frequency: { kind: 'monthlyByWeekday', interval: 1, nth: -1, weekday: 'FR' }, durationMinutes: 90, total: 10_000, currency: 'USD' })]);
    expect((await api(cookie, 'GET', `/api/portal/${world.a.slug}/locations/${cabin}/waiting-services`)).json().items).toEqual([]);
  });

  it('lets the customer skip a visit until 48 h before it, and then only ask', async () => {
    const visitId = await world.visitAt(home, '2026-03-30T09:00:00.000Z');
    const skip = (cookie: string) => api(cookie, 'POST', `/api/portal/${world.a.slug}/visits/${visitId}/skip`);

    world.clock.set('2026-03-28T09:01:00Z');
    let cookie = await contact();
    const card = (await api(cookie, 'GET', `/api/portal/${world.a.slug}/visits/${visitId}`)).json();
    expect(card).toMatchObject({ canSkip: false, canAskToSkip: true, skipCutoffAt: '2026-03-28T09:00:00.000Z' });
    const late = await skip(cookie);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toContain('48 hours');

    world.clock.set('2026-03-28T08:59:00Z');
    cookie = await contact();
    const skipped = await skip(cookie);
    expect(skipped.statusCode, skipped.body).toBe(200);
    expect(skipped.json()).toMatchObject({ status: 'skipped', statusReason: 'Skipped by the customer', canSkip: false, canReschedule: false });
    const row = await inspect(world.porter.ctx.db).selectFrom('visits').select(['status', 'exception', 'status_reason']).where('id', '=', visitId).executeTakeFirstOrThrow();
    expect({ ...row, exception: Boolean(row.exception) }).toEqual({ status: 'skipped', exception: true, status_reason: 'Skipped by the customer' });
    const told = await inspect(world.porter.ctx.db).selectFrom('staff_notifications').select(['title', 'link']).where('tenant_id', '=', world.a.tenantId).where('kind', '=', 'visit_skipped').execute();
    expect(told[0]).toMatchObject({ title: expect.stringContaining('Hansen family skipped a visit at Site 1'), link: `/office/customers/${world.family.id}` });
    expect((await skip(cookie)).statusCode).toBe(409);
  });

  it('skips exactly at the cutoff, which is still allowed', async () => {
    const visitId = await world.visitAt(home, '2026-04-06T09:00:00.000Z');
    world.clock.set('2026-04-04T09:00:00Z');
    expect((await api(await contact(), 'POST', `/api/portal/${world.a.slug}/visits/${visitId}/skip`)).statusCode).toBe(200);
  });

  it('opens a request in the customer’s language to move a visit, assigned as new requests are', async () => {
    world.clock.set('2026-03-10T12:00:00Z');
    const manager = await createStaff(world.porter.ctx.db, world.a.tenantId, 'manager');
    await inspect(world.porter.ctx.db).updateTable('tenants').set({ default_request_assignee_id: manager.id }).where('id', '=', world.a.tenantId).execute();
    await inspect(world.porter.ctx.db).updateTable('portal_users').set({ language: 'es' }).where('id', '=', world.contact.id).execute();
    const visitId = await world.visitAt(home, '2026-03-16T09:00:00.000Z');
    const cookie = await contact();
    const asked = await api(cookie, 'POST', `/api/portal/${world.a.slug}/visits/${visitId}/reschedule-request`, { preferredDates: ['2026-03-17', '2026-03-18'], note: 'Cualquier mañana' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ reference: expect.stringMatching(/^SR-/), visible: true });
    const request = await inspect(world.porter.ctx.db).selectFrom('service_requests').selectAll().where('id', '=', asked.json().requestId).executeTakeFirstOrThrow();
    expect(request).toMatchObject({ visit_id: visitId, location_id: home, assignee_id: manager.id, status: 'new', portal_user_id: world.contact.id });
    expect(request.subject).toMatch(/^Cambio de fecha: Weekly clean, 16 mar 2026/);
    expect(request.text).toContain('Cualquier mañana');
    expect(request.text).toContain('17 mar 2026');
    await inspect(world.porter.ctx.db).updateTable('portal_users').set({ language: null }).where('id', '=', world.contact.id).execute();

    // The request shows the visit it is about, to the customer and to the office.
    const detail = (await api(cookie, 'GET', `/api/portal/${world.a.slug}/requests/${request.id}`)).json();
    expect(detail.visit).toEqual({ id: visitId, name: 'Weekly clean', startsAt: '2026-03-16T09:00:00.000Z', timeZone: 'UTC' });
    expect((await api(world.a.owner, 'GET', `/api/office/requests/${request.id}`)).json()).toMatchObject({ visitId, visit: { id: visitId } });
  });

  it('refuses preferred days that are too many, repeated, past or missing, naming the field', async () => {
    world.clock.set('2026-03-10T12:00:00Z');
    const visitId = await world.visitAt(home, '2026-03-23T09:00:00.000Z');
    const cookie = await contact();
    for (const preferredDates of [['2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20'], ['2026-03-17', '2026-03-17'], ['2026-03-09'], [], ['17/03/2026']]) {
      const response = await api(cookie, 'POST', `/api/portal/${world.a.slug}/visits/${visitId}/reschedule-request`, { preferredDates });
      expect(response.statusCode, JSON.stringify(preferredDates)).toBe(400);
      expect(Object.keys(response.json().error.fields).join()).toMatch(/^preferredDates/);
    }
  });

  it('asks to skip inside the cutoff, and links a request the customer writes to a visit at its location only', async () => {
    const visitId = await world.visitAt(home, '2026-04-13T09:00:00.000Z');
    world.clock.set('2026-04-12T12:00:00Z');
    const cookie = await contact();
    const asked = await api(cookie, 'POST', `/api/portal/${world.a.slug}/visits/${visitId}/skip-request`, { note: 'We are away' });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = await inspect(world.porter.ctx.db).selectFrom('service_requests').select(['subject', 'visit_id']).where('id', '=', asked.json().requestId).executeTakeFirstOrThrow();
    expect(request).toEqual({ subject: 'Skip: Weekly clean, Apr 13, 2026, 9:00 AM', visit_id: visitId });

    const category = await api(await world.owner(), 'POST', '/api/office/request-categories', { name: 'Quality' });
    expect(category.statusCode, category.body).toBe(201);
    const about = (visit: string, locationId = home) =>
      api(cookie, 'POST', `/api/portal/${world.a.slug}/requests`, { locationId, categoryId: category.json().id, text: 'The oven was missed', attachmentIds: [], visitId: visit });
    const linked = await about(visitId);
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().visit).toMatchObject({ id: visitId, name: 'Weekly clean' });
    expect((await about(await world.visitAt(cabin, '2026-04-13T09:00:00.000Z'))).statusCode).toBe(404);
    expect((await about(await world.visitAt(world.single.locationIds[0]!, '2026-04-13T09:00:00.000Z'))).statusCode).toBe(404);
  });

  it('answers 404 for another company’s visit, another customer’s, and one at a location the contact may not see', async () => {
    world.clock.set('2026-03-10T12:00:00Z');
    const otherCompanys = await world.visitAt(world.other.locationIds[0]!, '2026-03-16T09:00:00.000Z');
    const otherCustomers = await world.visitAt(world.single.locationIds[0]!, '2026-03-16T09:00:00.000Z');
    const unseen = await world.visitAt(cabin, '2026-03-16T09:00:00.000Z');
    const colleague = await world.signIn(world.a.slug, world.colleague.email);
    const slug = world.a.slug;
    for (const visitId of [otherCompanys, otherCustomers, unseen, 'no-such-visit']) {
      expect((await api(colleague, 'GET', `/api/portal/${slug}/visits/${visitId}`)).statusCode).toBe(404);
      expect((await api(colleague, 'POST', `/api/portal/${slug}/visits/${visitId}/skip`)).statusCode).toBe(404);
      expect((await api(colleague, 'POST', `/api/portal/${slug}/visits/${visitId}/reschedule-request`, { preferredDates: ['2026-03-20'] })).statusCode).toBe(404);
      expect((await api(colleague, 'POST', `/api/portal/${slug}/visits/${visitId}/skip-request`, {})).statusCode).toBe(404);
    }
    for (const locationId of [world.other.locationIds[0]!, world.single.locationIds[0]!, cabin]) {
      for (const path of ['next-visit', 'visits', 'waiting-services']) {
        expect((await api(colleague, 'GET', `/api/portal/${slug}/locations/${locationId}/${path}`)).statusCode, `${path} ${locationId}`).toBe(404);
      }
    }
    // Still the colleague's own location: the same routes answer.
    expect((await nextVisit(colleague, home)).statusCode).toBe(200);
    // Another company's contact, on this company's portal, is not signed in here.
    const stranger = await world.signIn(world.b.slug, world.otherContact.email);
    expect((await nextVisit(stranger, home)).statusCode).toBe(401);
    const nothingSkipped = await inspect(world.porter.ctx.db).selectFrom('visits').select('status').where('id', 'in', [otherCompanys, otherCustomers, unseen]).execute();
    expect(nothingSkipped.every((row) => row.status === 'scheduled')).toBe(true);
  });

  it('opens a request about a visit even where the location takes no other requests, and says the customer cannot open it', async () => {
    world.clock.set('2026-03-10T12:00:00Z');
    await inspect(world.porter.ctx.db).updateTable('locations').set({ feature_service_requests: false }).where('id', '=', cabin).execute();
    const visitId = await world.visitAt(cabin, '2026-03-23T09:00:00.000Z');
    const cookie = await contact();
    const list = (await api(cookie, 'GET', `/api/portal/${world.a.slug}/locations/${cabin}/visits`)).json();
    expect(list.requestsEnabled).toBe(false);
    const asked = await api(cookie, 'POST', `/api/portal/${world.a.slug}/visits/${visitId}/reschedule-request`, { preferredDates: ['2026-03-24'] });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json().visible).toBe(false);
    await inspect(world.porter.ctx.db).updateTable('locations').set({ feature_service_requests: true }).where('id', '=', cabin).execute();
  });
});
