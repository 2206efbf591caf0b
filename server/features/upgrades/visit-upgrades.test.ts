import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalVisitUpgrades, RequestedUpgradeList, Upgrade } from '../../../shared/features/upgrades/upgrades.contract.ts';
import type { Visit } from '../../../shared/features/visits/visits.contract.ts';
import { hours, minutes } from '../../lib/time.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, cookieFrom, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';

// A Monday morning in New York; the weekly visits are on Mondays at 09:00 there.
const start = new Date('2026-03-02T12:00:00Z');

describe.each(testDialects())('upgrades on a visit on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let oven: Upgrade;
  let fridge: Upgrade;
  const clock = testClock(start);

  /** Moves the test clock to an instant (the services read ctx.now()). */
  const setClock = (at: number) => clock.advance(at - clock.now().getTime());

  /** A New York customer with a weekly service scheduled, a portal user signed in, and its visits. */
  async function customerWithVisits() {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: ['serviceRequests'] });
    await inspect(porter.ctx.db).updateTable('locations').set({ time_zone: 'America/New_York' }).where('customer_id', '=', customer.id).execute();
    const service = await callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/account-services`, {
      locationId: customer.locationIds[0],
      name: 'Weekly clean',
      frequency: { kind: 'weekly', interval: 1, days: ['MO'] },
      startDate: '2026-03-02',
      startTime: '09:00',
      durationMinutes: 120,
      price: 12_000,
      rateModifications: [{ name: 'Pet surcharge', kind: 'fixed', amount: 1_000 }],
    });
    expect(service.statusCode, service.body).toBe(201);
    expect((await callApi(porter, owner, 'POST', `/api/office/account-services/${service.json().id}/schedule`)).statusCode).toBe(200);
    const visits: Visit[] = (await callApi(porter, owner, 'GET', `/api/office/visits?customerId=${customer.id}&pageSize=5`)).json().items;
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    return { customer, visits, user, portal: await signInPortal(porter, tenant.slug, user.email) };
  }

  const page = (cookie: string, visitId: string) => callApi(porter, cookie, 'GET', `/api/portal/${tenant.slug}/visits/${visitId}/upgrades`);
  const addTo = (cookie: string, visitId: string, upgradeIds: string[]) => callApi(porter, cookie, 'POST', `/api/portal/${tenant.slug}/visits/${visitId}/upgrades`, { upgradeIds });

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    oven = (await callApi(porter, owner, 'POST', '/api/office/upgrades', { name: 'Inside the oven', price: 3_500, extraMinutes: 30 })).json();
    fridge = (await callApi(porter, owner, 'POST', '/api/office/upgrades', { name: 'Inside the fridge', price: 2_500, extraMinutes: 20 })).json();
    await callApi(porter, owner, 'POST', '/api/office/upgrades', { name: 'Garage', price: 9_000, extraMinutes: 60, active: false });
  });
  afterAll(() => porter.close());

  it('shows the visit on its location’s clock and offers the active upgrades', async () => {
    const { visits, portal } = await customerWithVisits();
    const response = await page(portal, visits[1]!.id);
    expect(response.statusCode, response.body).toBe(200);
    const body: PortalVisitUpgrades = response.json();
    expect(body.visit).toMatchObject({ id: visits[1]!.id, name: 'Weekly clean', startsAt: '2026-03-09T13:00:00.000Z', timeZone: 'America/New_York', status: 'scheduled' });
    expect(body.offered.map((u) => u.name)).toEqual(['Inside the fridge', 'Inside the oven']);
    expect(body).toMatchObject({ canUpgrade: true, added: [], currency: 'USD', price: { base: 12_000, total: 13_000 } });
  });

  it('refuses an upgrade 23 h 59 min before the visit and takes it 24 h 01 min before', async () => {
    const { visits, portal } = await customerWithVisits();
    const visit = visits[1]!;
    try {
      setClock(Date.parse(visit.startsAt) - hours(23) - minutes(59));
      const late = await page(portal, visit.id);
      expect(late.json()).toMatchObject({ canUpgrade: false });
      const refused = await addTo(portal, visit.id, [oven.id]);
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.message).toBe('The window in which you can upgrade your service has passed');

      setClock(Date.parse(visit.startsAt) - hours(24) - minutes(1));
      expect((await page(portal, visit.id)).json()).toMatchObject({ canUpgrade: true });
      const accepted = await addTo(portal, visit.id, [oven.id]);
      expect(accepted.statusCode, accepted.body).toBe(201);
    } finally {
      setClock(start.getTime());
    }
  });

  it('tells a Spanish or Danish reader the window has passed in their language', async () => {
    const { visits, portal } = await customerWithVisits();
    const first = visits[0]!;
    const inSpanish = await porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/visits/${first.id}/upgrades`, headers: { cookie: portal, 'content-type': 'application/json', 'accept-language': 'es' }, payload: { upgradeIds: [oven.id] } });
    expect(inSpanish.statusCode).toBe(409);
    expect(inSpanish.json().error.message).toBe('Ya ha pasado el plazo para mejorar tu servicio');
  });

  it('keeps each upgrade pending with what it cost then, and opens one request about the visit as the customer', async () => {
    const { customer, visits, user, portal } = await customerWithVisits();
    const visit = visits[1]!;
    const response = await addTo(portal, visit.id, [oven.id, fridge.id]);
    expect(response.statusCode, response.body).toBe(201);
    const body: PortalVisitUpgrades = response.json();
    expect(body.added.map((u) => [u.name, u.price, u.extraMinutes, u.status])).toEqual([
      ['Inside the fridge', 2_500, 20, 'pending'],
      ['Inside the oven', 3_500, 30, 'pending'],
    ]);
    expect(body.offered).toEqual([]);
    // Pending upgrades are shown, not counted.
    expect(body.price).toMatchObject({ total: 13_000, upgrades: [{ name: 'Inside the fridge', pending: true }, { name: 'Inside the oven', pending: true }] });

    const requestId = body.added[0]!.requestId!;
    expect(body.added[1]!.requestId).toBe(requestId);
    const db = inspect(porter.ctx.db);
    const request = await db.selectFrom('service_requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(request).toMatchObject({ visit_id: visit.id, customer_id: customer.id, portal_user_id: user.id, status: 'new', subject: 'Upgrades: Inside the fridge, Inside the oven' });
    expect(request.text).toContain('Inside the oven ($35.00)');
    const notices = await db.selectFrom('staff_notifications').select(['title', 'link']).where('link', '=', `/office/requests/${requestId}`).execute();
    expect(notices.length).toBeGreaterThan(0);

    // The catalogue changing later leaves the visit's upgrade as agreed.
    await callApi(porter, owner, 'PUT', `/api/office/upgrades/${oven.id}`, { name: 'Inside the oven', price: 9_999, extraMinutes: 90 });
    expect((await page(portal, visit.id)).json().added.find((u: { name: string }) => u.name === 'Inside the oven')).toMatchObject({ price: 3_500, extraMinutes: 30 });
    await callApi(porter, owner, 'PUT', `/api/office/upgrades/${oven.id}`, { name: 'Inside the oven', price: 3_500, extraMinutes: 30 });
  });

  it('refuses the same upgrade twice on one visit, an inactive or unknown one, and an empty choice, naming upgradeIds', async () => {
    const { visits, portal } = await customerWithVisits();
    const visit = visits[1]!;
    expect((await addTo(portal, visit.id, [oven.id])).statusCode).toBe(201);
    const again = await addTo(portal, visit.id, [oven.id]);
    expect(again.statusCode).toBe(409);
    expect(Object.keys(again.json().error.fields)).toEqual(['upgradeIds']);
    const garage = (await callApi(porter, owner, 'GET', '/api/office/upgrades')).json().items.find((u: Upgrade) => u.name === 'Garage');
    const inactive = await addTo(portal, visit.id, [garage.id]);
    expect(inactive.statusCode).toBe(400);
    expect(Object.keys(inactive.json().error.fields)).toEqual(['upgradeIds']);
    expect((await addTo(portal, visit.id, ['no-such-upgrade'])).statusCode).toBe(400);
    const none = await addTo(portal, visit.id, []);
    expect(none.statusCode).toBe(400);
    expect(Object.keys(none.json().error.fields)).toEqual(['upgradeIds']);
    const rows = await inspect(porter.ctx.db).selectFrom('visit_upgrades').select('id').where('visit_id', '=', visit.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('lets one of two identical requests at once through', async () => {
    const { visits, portal } = await customerWithVisits();
    const both = await Promise.all([addTo(portal, visits[2]!.id, [fridge.id]), addTo(portal, visits[2]!.id, [fridge.id])]);
    expect(both.map((r) => r.statusCode).sort(), both.map((r) => r.body).join('\n')).toEqual([201, 409]);
    expect(await inspect(porter.ctx.db).selectFrom('visit_upgrades').select('id').where('visit_id', '=', visits[2]!.id).execute()).toHaveLength(1);
  });

  it('answers 404 for a visit of another customer or company, and for one that is not scheduled', async () => {
    const mine = await customerWithVisits();
    const theirs = await customerWithVisits();
    expect((await page(mine.portal, theirs.visits[1]!.id)).statusCode).toBe(404);
    expect((await addTo(mine.portal, theirs.visits[1]!.id, [oven.id])).statusCode).toBe(404);
    await inspect(porter.ctx.db).updateTable('visits').set({ status: 'cancelled' }).where('id', '=', mine.visits[2]!.id).execute();
    expect((await page(mine.portal, mine.visits[2]!.id)).statusCode).toBe(404);
    expect((await addTo(mine.portal, mine.visits[2]!.id, [oven.id])).statusCode).toBe(404);

    const rival = await createTenant(porter.ctx.db);
    const rivalCustomer = await createCustomer(porter.ctx.db, rival.tenantId, { portal: true });
    const rivalUser = await createPortalUser(porter.ctx.db, rival.tenantId, rivalCustomer.id, rivalCustomer.locationIds);
    const rivalPortal = await signInPortal(porter, rival.slug, rivalUser.email);
    expect((await callApi(porter, rivalPortal, 'GET', `/api/portal/${rival.slug}/visits/${mine.visits[1]!.id}/upgrades`)).statusCode).toBe(404);
    // A session of one company's portal is no session on another's.
    expect((await callApi(porter, rivalPortal, 'GET', `/api/portal/${tenant.slug}/visits/${mine.visits[1]!.id}/upgrades`)).statusCode).toBe(401);
  });

  it('lets the office accept one upgrade and decline another: the visit’s price and time follow, the customer is emailed', async () => {
    const { visits, user, portal } = await customerWithVisits();
    const visit = visits[1]!;
    const added: PortalVisitUpgrades = (await addTo(portal, visit.id, [oven.id, fridge.id])).json();
    const requestId = added.added[0]!.requestId!;
    const onRequest: RequestedUpgradeList = (await callApi(porter, owner, 'GET', `/api/office/requests/${requestId}/upgrades`)).json();
    expect(onRequest.items.map((u) => [u.name, u.status, u.visit.id])).toEqual([
      ['Inside the fridge', 'pending', visit.id],
      ['Inside the oven', 'pending', visit.id],
    ]);
    const ovenOnVisit = onRequest.items.find((u) => u.name === 'Inside the oven')!;
    const fridgeOnVisit = onRequest.items.find((u) => u.name === 'Inside the fridge')!;

    const accept = await callApi(porter, owner, 'PUT', `/api/office/visit-upgrades/${ovenOnVisit.id}`, { status: 'accepted' });
    expect(accept.statusCode, accept.body).toBe(200);
    expect(accept.json()).toMatchObject({ status: 'accepted' });
    expect((await callApi(porter, owner, 'PUT', `/api/office/visit-upgrades/${fridgeOnVisit.id}`, { status: 'declined' })).statusCode).toBe(200);

    const after: Visit = (await callApi(porter, owner, 'GET', `/api/office/visits/${visit.id}`)).json();
    expect(after.price).toMatchObject({ base: 12_000, total: 16_500, upgrades: [{ name: 'Inside the oven', amount: 3_500 }] });
    expect(after.price.upgrades).toHaveLength(1);
    expect(after.durationMinutes).toBe(150);

    const again = await callApi(porter, owner, 'PUT', `/api/office/visit-upgrades/${ovenOnVisit.id}`, { status: 'declined' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('This upgrade was already accepted.');

    const mail = await inspect(porter.ctx.db).selectFrom('outbox_emails').select(['subject', 'text_body']).where('to_address', '=', user.email).execute();
    expect(mail.map((m) => m.subject)).toEqual(expect.arrayContaining(['Inside the oven: confirmed', 'Inside the fridge: declined']));
  });

  it('accepts nothing on a visit no longer scheduled, but still declines', async () => {
    const { visits, portal } = await customerWithVisits();
    const added: PortalVisitUpgrades = (await addTo(portal, visits[1]!.id, [oven.id, fridge.id])).json();
    await inspect(porter.ctx.db).updateTable('visits').set({ status: 'cancelled' }).where('id', '=', visits[1]!.id).execute();
    expect((await callApi(porter, owner, 'PUT', `/api/office/visit-upgrades/${added.added[0]!.id}`, { status: 'accepted' })).statusCode).toBe(409);
    expect((await callApi(porter, owner, 'PUT', `/api/office/visit-upgrades/${added.added[0]!.id}`, { status: 'declined' })).statusCode).toBe(200);
  });

  it('lets managers decide and supervisors only look; another company sees neither the upgrade nor the request', async () => {
    const { visits, portal } = await customerWithVisits();
    const added: PortalVisitUpgrades = (await addTo(portal, visits[1]!.id, [oven.id])).json();
    const upgrade = added.added[0]!;
    const [supervisor, manager] = await Promise.all((['supervisor', 'manager'] as const).map(async (role) => signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email)));
    const technician = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    expect((await callApi(porter, technician, 'GET', `/api/office/requests/${upgrade.requestId}/upgrades`)).statusCode).toBe(403);
    expect((await callApi(porter, supervisor!, 'GET', `/api/office/requests/${upgrade.requestId}/upgrades`)).statusCode).toBe(200);
    expect((await callApi(porter, supervisor!, 'PUT', `/api/office/visit-upgrades/${upgrade.id}`, { status: 'accepted' })).statusCode).toBe(403);

    const rival = await createTenant(porter.ctx.db);
    const rivalOwner = await signInStaff(porter, rival.ownerEmail);
    expect((await callApi(porter, rivalOwner, 'GET', `/api/office/requests/${upgrade.requestId}/upgrades`)).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'PUT', `/api/office/visit-upgrades/${upgrade.id}`, { status: 'accepted' })).statusCode).toBe(404);

    const bad = await callApi(porter, manager!, 'PUT', `/api/office/visit-upgrades/${upgrade.id}`, { status: 'pending' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(['status']);
    expect((await callApi(porter, manager!, 'PUT', `/api/office/visit-upgrades/${upgrade.id}`, { status: 'accepted' })).statusCode).toBe(200);
  });

  it('lets staff viewing the portal as the customer look but not add', async () => {
    const { customer, visits, user } = await customerWithVisits();
    const opened = await callApi(porter, owner, 'POST', `/api/office/locations/${customer.locationIds[0]!}/view-as`, { portalUserId: user.id });
    const cookie = cookieFrom(opened);
    expect((await page(cookie, visits[1]!.id)).statusCode).toBe(200);
    const refused = await addTo(cookie, visits[1]!.id, [oven.id]);
    expect(refused.json().error.code).toBe('read_only');
  });
});
