import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scheduleMembersPerPage } from '../../../shared/features/visits/schedule.contract.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { settableClock, weeklyClean } from './portal-visits.fixtures.ts';

/** The most SQL statements one page of visits may take, whatever the company's size. */
const statementBudget = 10;

describe.each(testDialects())('SQL statements behind each page of visits on %s', (kind) => {
  let statements = 0;
  let porter: TestPorter;
  // Monday 2 March 2026 at noon UTC.
  const clock = settableClock('2026-03-02T12:00:00Z');
  let owner: string;
  let portal: string;
  let slug: string;
  let technicians: { id: string }[];
  let customer: { id: string; locationIds: string[] };
  let added = 0;

  async function addService(teamIds: string[]): Promise<void> {
    const day = ['MO', 'TU', 'WE', 'TH', 'FR'][added % 5];
    const body = { ...weeklyClean, frequency: { kind: 'weekly', interval: 1, days: [day] }, locationId: customer.locationIds[added % 2], startDate: '2026-03-02', teamIds };
    const service = await callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/account-services`, body);
    expect(service.statusCode).toBe(201);
    expect((await callApi(porter, owner, 'POST', `/api/office/account-services/${service.json().id}/schedule`)).statusCode).toBe(200);
  }

  /**
   * Weekly services at the customer's two locations, on every weekday, each technician in turn on
   * one (every third with a colleague), and every fifth service with nobody on it yet.
   */
  async function addServices(count: number): Promise<void> {
    for (let i = 0; i < count; i += 1, added += 1) {
      const next = technicians[(added + 1) % technicians.length]!.id;
      await addService([technicians[added % technicians.length]!.id, ...(added % 3 === 0 ? [next] : [])]);
      if (added % 5 === 0) await addService([]);
    }
  }

  const pages = () => ({
    'week by team member': ['office', '/api/office/schedule?from=2026-03-09&days=7'],
    'week, second page of team members': ['office', '/api/office/schedule?from=2026-03-09&days=7&page=2'],
    'day by team member': ['office', '/api/office/schedule?from=2026-03-10&days=1'],
    'one technician’s week': ['office', `/api/office/schedule?from=2026-03-09&days=7&staffId=${technicians[0]!.id}`],
    'one location’s week': ['office', `/api/office/schedule?from=2026-03-09&days=7&locationId=${customer.locationIds[0]}`],
    'schedule list': ['office', '/api/office/schedule/list?from=2026-03-09T00:00:00.000Z&pageSize=100'],
    'visit list of a week': ['office', '/api/office/visits?from=2026-03-09T00:00:00.000Z&to=2026-03-16T00:00:00.000Z&pageSize=100'],
    'portal next visit': ['portal', `/api/portal/${slug}/locations/${customer.locationIds[0]}/next-visit`],
    'portal visits of a location': ['portal', `/api/portal/${slug}/locations/${customer.locationIds[0]}/visits`],
  }) as const;

  async function count(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const [name, [who, url]] of Object.entries(pages())) {
      const before = statements;
      const response = await callApi(porter, who === 'office' ? owner : portal, 'GET', url);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      counts[name] = statements - before;
    }
    return counts;
  }

  async function visitCount(): Promise<number> {
    const row = await inspect(porter.ctx.db).selectFrom('visits').select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false, onQuery: () => (statements += 1) });
    const db = porter.ctx.db;
    const tenant = await createTenant(db);
    slug = tenant.slug;
    owner = await signInStaff(porter, tenant.ownerEmail);
    // More people than one page holds, so the schedule pages by team member.
    technicians = [];
    for (let i = 0; i < scheduleMembersPerPage + 2; i += 1) technicians.push(await createStaff(db, tenant.tenantId, 'technician'));
    // Named so that the second page holds technicians (the owner sorts first), each with visits.
    for (const [i, technician] of technicians.entries()) await inspect(db).updateTable('staff_users').set({ name: `Technician ${String(i + 1).padStart(2, '0')}` }).where('id', '=', technician.id).execute();
    await inspect(db).updateTable('staff_users').set({ name: 'Avery Owner' }).where('id', '=', tenant.ownerId).execute();
    customer = await createCustomer(db, tenant.tenantId, { portal: true, locations: 2, features: ['serviceRequests'] });
    const contact = await createPortalUser(db, tenant.tenantId, customer.id, customer.locationIds);
    portal = await signInPortal(porter, slug, contact.email);
  });
  afterAll(() => porter.close());

  it(`reads each page in at most ${statementBudget} statements, and in as many with four times the visits`, async () => {
    // Every technician on one service: each page and view has visits to describe.
    await addServices(technicians.length);
    const few = await count();
    const before = await visitCount();
    await addServices(3 * technicians.length);
    expect(await visitCount()).toBeGreaterThanOrEqual(4 * before);
    const many = await count();
    for (const [name, statementsTaken] of Object.entries(many)) {
      expect(statementsTaken, name).toBeLessThanOrEqual(statementBudget);
      expect(statementsTaken, `${name} grew with the visits`).toBe(few[name]);
    }
  });
});
