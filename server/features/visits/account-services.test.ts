import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountService, Visit } from '../../../shared/features/visits/visits.contract.ts';
import { days } from '../../lib/time.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { anotherConnection, callApi, inspect, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { extendAllSeries } from './visits.service.ts';

// A Monday morning in New York, six days before clocks go forward (8 March 2026).
const start = new Date('2026-03-02T12:00:00Z');

describe.each(testDialects())('services on a customer’s account on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let cleaner: { id: string; email: string };
  const clock = testClock(start);

  const weekly = (locationId: string, overrides: Record<string, unknown> = {}) => ({
    locationId,
    name: 'Weekly office clean',
    frequency: { kind: 'weekly', interval: 1, days: ['MO', 'TH'] },
    startDate: '2026-03-02',
    startTime: '09:00',
    durationMinutes: 120,
    price: 12_000,
    rateModifications: [{ name: 'Loyalty discount', kind: 'percent', amount: -1_000 }],
    teamIds: [cleaner.id],
    ...overrides,
  });

  async function newYorkCustomer() {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    await porter.ctx.db.updateTable('locations').set({ time_zone: 'America/New_York' }).where('tenant_id', '=', tenant.tenantId).where('customer_id', '=', customer.id).execute();
    return customer;
  }

  async function addService(customerId: string, body: Record<string, unknown>): Promise<AccountService> {
    const response = await callApi(porter, owner, 'POST', `/api/office/customers/${customerId}/account-services`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function schedule(id: string): Promise<AccountService> {
    const response = await callApi(porter, owner, 'POST', `/api/office/account-services/${id}/schedule`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  async function visitsOf(customer: { id: string }, from = '2026-01-01T00:00:00.000Z'): Promise<Visit[]> {
    const response = await callApi(porter, owner, 'GET', `/api/office/visits?customerId=${customer.id}&from=${from}&pageSize=500`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items;
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    cleaner = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
  });
  afterAll(() => porter.close());

  it('keeps a new service on the waiting list, oldest first, without visits', async () => {
    const customer = await newYorkCustomer();
    const first = await addService(customer.id, weekly(customer.locationIds[0]!));
    const second = await addService(customer.id, weekly(customer.locationIds[1]!, { name: 'Carpet shampoo', frequency: { kind: 'once' } }));
    expect(first).toMatchObject({ status: 'waiting', rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TH;WKST=MO', frequency: { kind: 'weekly', days: ['MO', 'TH'] }, team: [{ id: cleaner.id }], nextVisitAt: null });

    const waiting = (await callApi(porter, owner, 'GET', '/api/office/waiting-list?pageSize=100')).json();
    const ids = waiting.items.map((s: AccountService) => s.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(waiting.total).toBeGreaterThanOrEqual(2);
    expect(await visitsOf(customer)).toEqual([]);
  });

  it('schedules a weekly service: visits for 90 days at 09:00 on the location’s clock, across the change to summer time', async () => {
    const customer = await newYorkCustomer();
    const service = await schedule((await addService(customer.id, weekly(customer.locationIds[0]!))).id);
    expect(service).toMatchObject({ status: 'scheduled', nextVisitAt: '2026-03-02T14:00:00.000Z' });

    const visits = await visitsOf(customer);
    // 2 March to 31 May: 13 Mondays and 13 Thursdays.
    expect(visits).toHaveLength(26);
    expect(visits[0]).toMatchObject({ startsAt: '2026-03-02T14:00:00.000Z', endsAt: '2026-03-02T16:00:00.000Z', status: 'scheduled', team: [{ id: cleaner.id }] });
    expect(visits[2]!.startsAt).toBe('2026-03-09T13:00:00.000Z');
    expect(visits[0]!.price).toMatchObject({ base: 12_000, total: 10_800, currency: 'USD' });
    expect(visits.every((v) => new Date(v.startsAt) < new Date(start.getTime() + days(90)))).toBe(true);

    const again = await callApi(porter, owner, 'POST', `/api/office/account-services/${service.id}/schedule`);
    expect(again.statusCode).toBe(409);
  });

  it('carries the horizon forward once however often and on however many connections the job runs', async () => {
    const customer = await newYorkCustomer();
    await schedule((await addService(customer.id, weekly(customer.locationIds[0]!))).id);
    const before = (await visitsOf(customer)).length;
    clock.advance(days(7));
    try {
      // Two instances share a database only on PostgreSQL; on SQLite the job runs twice in turn.
      if (kind === 'postgres') {
        const second = anotherConnection(porter.database);
        try {
          await Promise.all([extendAllSeries(porter.ctx.db, clock.now()), extendAllSeries(second.db, clock.now())]);
        } finally {
          await second.close();
        }
      }
      await extendAllSeries(porter.ctx.db, clock.now());
      await extendAllSeries(porter.ctx.db, clock.now());
      const after = await visitsOf(customer);
      // One more week: one Monday and one Thursday, each once.
      expect(after).toHaveLength(before + 2);
      expect(new Set(after.map((v) => v.startsAt)).size).toBe(after.length);
    } finally {
      clock.advance(-days(7));
    }
  });

  it('is carried forward by the hourly visit-horizon job of a running Porter', async () => {
    const ownClock = testClock(start);
    const running = await startTestPorter(kind, {}, { now: ownClock.now });
    try {
      const company = await createTenant(running.ctx.db);
      const boss = await signInStaff(running, company.ownerEmail);
      const customer = await createCustomer(running.ctx.db, company.tenantId);
      const added = (await callApi(running, boss, 'POST', `/api/office/customers/${customer.id}/account-services`, weekly(customer.locationIds[0]!, { teamIds: [] }))).json();
      expect((await callApi(running, boss, 'POST', `/api/office/account-services/${added.id}/schedule`)).statusCode).toBe(200);
      const count = async () => (await callApi(running, boss, 'GET', `/api/office/visits?customerId=${customer.id}&pageSize=500`)).json().items.length as number;
      const before = await count();
      ownClock.advance(days(7));
      expect(await running.housekeeping!.runDue()).toContain('visit-horizon');
      expect(await count()).toBe(before + 2);
    } finally {
      await running.close();
    }
  });

  it('changes future visits of a series and leaves the past and a visit changed on its own alone', async () => {
    const customer = await newYorkCustomer();
    const service = await schedule((await addService(customer.id, weekly(customer.locationIds[0]!))).id);
    const [past, , ownWay] = await visitsOf(customer);
    const db = inspect(porter.ctx.db);
    await db.updateTable('visits').set({ exception: true, starts_at: '2026-03-10T15:00:00.000Z' }).where('id', '=', ownWay!.id).execute();

    clock.advance(days(1));
    try {
      const changed = await callApi(porter, owner, 'PUT', `/api/office/account-services/${service.id}`, weekly(customer.locationIds[0]!, { frequency: { kind: 'weekly', interval: 1, days: ['MO'] }, startTime: '10:30', teamIds: [] }));
      expect(changed.statusCode, changed.body).toBe(200);
      const visits = await visitsOf(customer);
      expect(visits.find((v) => v.id === past!.id)).toMatchObject({ startsAt: '2026-03-02T14:00:00.000Z', team: [{ id: cleaner.id }] });
      expect(visits.find((v) => v.id === ownWay!.id)).toMatchObject({ startsAt: '2026-03-10T15:00:00.000Z', exception: true });
      const future = visits.filter((v) => v.id !== past!.id && v.id !== ownWay!.id);
      // Mondays 16 March to 25 May: 11, as 9 March is the visit changed on its own.
      expect(future.length).toBe(11);
      expect(future.every((v) => new Date(v.startsAt).getUTCDay() === 1 && v.team.length === 0)).toBe(true);
      expect(future[0]!.startsAt).toBe('2026-03-16T14:30:00.000Z');
    } finally {
      clock.advance(-days(1));
    }
  });

  it('stops a series on its last day: the visits after it go, the last day’s stays', async () => {
    const customer = await newYorkCustomer();
    const service = await schedule((await addService(customer.id, weekly(customer.locationIds[0]!))).id);
    const ended = await callApi(porter, owner, 'PUT', `/api/office/account-services/${service.id}`, weekly(customer.locationIds[0]!, { endsOn: '2026-03-12' }));
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json().endsOn).toBe('2026-03-12');
    // 2, 5, 9 and 12 March; 12 March at 09:00 in New York is its last.
    expect((await visitsOf(customer)).map((v) => v.startsAt)).toEqual(['2026-03-02T14:00:00.000Z', '2026-03-05T14:00:00.000Z', '2026-03-09T13:00:00.000Z', '2026-03-12T13:00:00.000Z']);
    const backwards = await callApi(porter, owner, 'PUT', `/api/office/account-services/${service.id}`, weekly(customer.locationIds[0]!, { endsOn: '2026-03-01' }));
    expect(backwards.statusCode).toBe(400);
    expect(Object.keys(backwards.json().error.fields)).toEqual(['endsOn']);
  });

  it('names the field when the location, the service or the team is not the company’s or the customer’s', async () => {
    const customer = await newYorkCustomer();
    const other = await createCustomer(porter.ctx.db, tenant.tenantId);
    const post = (body: Record<string, unknown>) => callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/account-services`, body);

    const wrongLocation = await post(weekly(other.locationIds[0]!));
    expect(wrongLocation.statusCode).toBe(400);
    expect(Object.keys(wrongLocation.json().error.fields)).toEqual(['locationId']);
    const noName = await post(weekly(customer.locationIds[0]!, { name: '' }));
    expect(noName.statusCode).toBe(400);
    expect(Object.keys(noName.json().error.fields)).toEqual(['name']);
    const stranger = await createStaff(porter.ctx.db, (await createTenant(porter.ctx.db)).tenantId, 'technician');
    const wrongTeam = await post(weekly(customer.locationIds[0]!, { teamIds: [stranger.id] }));
    expect(Object.keys(wrongTeam.json().error.fields)).toEqual(['teamIds']);
    const badTime = await post(weekly(customer.locationIds[0]!, { startTime: '24:00' }));
    expect(Object.keys(badTime.json().error.fields)).toEqual(['startTime']);

    const catalogue = (await callApi(porter, owner, 'POST', '/api/office/services', { name: 'Deep clean' })).json();
    const named = await addService(customer.id, weekly(customer.locationIds[0]!, { name: undefined, serviceId: catalogue.id }));
    expect(named).toMatchObject({ name: 'Deep clean', serviceId: catalogue.id });
  });

  it('takes 24 hours as a visit’s length and refuses a minute more', async () => {
    const customer = await newYorkCustomer();
    const post = (durationMinutes: number) => callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/account-services`, weekly(customer.locationIds[0]!, { durationMinutes }));
    expect((await post(24 * 60)).statusCode).toBe(201);
    const tooLong = await post(24 * 60 + 1);
    expect(tooLong.statusCode).toBe(400);
    expect(Object.keys(tooLong.json().error.fields)).toEqual(['durationMinutes']);
  });

  it('removes a waiting service but not a scheduled one', async () => {
    const customer = await newYorkCustomer();
    const waiting = await addService(customer.id, weekly(customer.locationIds[0]!));
    const scheduled = await schedule((await addService(customer.id, weekly(customer.locationIds[0]!))).id);
    expect((await callApi(porter, owner, 'DELETE', `/api/office/account-services/${waiting.id}`)).statusCode).toBe(204);
    expect((await callApi(porter, owner, 'DELETE', `/api/office/account-services/${scheduled.id}`)).statusCode).toBe(409);
    const left = (await callApi(porter, owner, 'GET', `/api/office/customers/${customer.id}/account-services`)).json().items;
    expect(left.map((s: AccountService) => s.id)).toEqual([scheduled.id]);
  });

  it('answers 404 for another company’s customer, service and visit, and lists none of its visits', async () => {
    const customer = await newYorkCustomer();
    const service = await schedule((await addService(customer.id, weekly(customer.locationIds[0]!))).id);
    const [visit] = await visitsOf(customer);
    const rival = await createTenant(porter.ctx.db);
    const rivalOwner = await signInStaff(porter, rival.ownerEmail);
    const rivalCustomer = await createCustomer(porter.ctx.db, rival.tenantId);

    expect((await callApi(porter, rivalOwner, 'GET', `/api/office/customers/${customer.id}/account-services`)).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'POST', `/api/office/customers/${customer.id}/account-services`, weekly(customer.locationIds[0]!))).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'POST', `/api/office/customers/${rivalCustomer.id}/account-services`, weekly(customer.locationIds[0]!))).statusCode).toBe(400);
    expect((await callApi(porter, rivalOwner, 'PUT', `/api/office/account-services/${service.id}`, weekly(rivalCustomer.locationIds[0]!))).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'POST', `/api/office/account-services/${service.id}/schedule`)).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'DELETE', `/api/office/account-services/${service.id}`)).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'GET', `/api/office/visits/${visit!.id}`)).statusCode).toBe(404);
    expect((await callApi(porter, rivalOwner, 'GET', `/api/office/visits?customerId=${customer.id}`)).json().items).toEqual([]);
    expect((await callApi(porter, rivalOwner, 'GET', '/api/office/waiting-list')).json().total).toBe(0);
  });

  it('lets supervisors look, managers change, and keeps technicians out', async () => {
    const customer = await newYorkCustomer();
    const service = await addService(customer.id, weekly(customer.locationIds[0]!));
    const [technician, supervisor, manager] = await Promise.all(
      (['technician', 'supervisor', 'manager'] as const).map(async (role) => signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email)),
    );
    expect((await callApi(porter, technician!, 'GET', `/api/office/customers/${customer.id}/account-services`)).statusCode).toBe(403);
    expect((await callApi(porter, technician!, 'GET', '/api/office/visits')).statusCode).toBe(403);
    expect((await callApi(porter, supervisor!, 'GET', '/api/office/waiting-list')).statusCode).toBe(200);
    expect((await callApi(porter, supervisor!, 'POST', `/api/office/account-services/${service.id}/schedule`)).statusCode).toBe(403);
    expect((await callApi(porter, supervisor!, 'POST', `/api/office/customers/${customer.id}/account-services`, weekly(customer.locationIds[0]!))).statusCode).toBe(403);
    expect((await callApi(porter, manager!, 'POST', `/api/office/account-services/${service.id}/schedule`)).statusCode).toBe(200);
  });
});
