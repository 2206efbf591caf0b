import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OneOffVisit, Schedule, ScheduleList, VisitChange } from '../../../shared/features/visits/schedule.contract.ts';
import type { AccountService, Visit } from '../../../shared/features/visits/visits.contract.ts';
import { formatDateTime } from '../../../shared/i18n/format.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import { days } from '../../lib/time.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { redactCalendarTokens } from '../../http/request-log.ts';

const newYork = 'America/New_York';

describe.each(testDialects())('the office schedule on %s', (kind) => {
  let porter: TestPorter;
  // Monday 2 March 2026, 07:00 in New York: daylight saving starts there on Sunday 8 March.
  const clock = testClock(new Date('2026-03-02T12:00:00Z'));
  const log: string[] = [];
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  const cookies: Record<'manager' | 'supervisor' | 'technician', string> = { manager: '', supervisor: '', technician: '' };
  let alex: { id: string; email: string };
  let blair: { id: string; email: string };
  let customer: { id: string; locationIds: string[] };
  let contact: { id: string; email: string };
  let stranger: { owner: string; ownerId: string; visitId: string; customerId: string; locationId: string };

  const db = () => porter.ctx.db;
  const outboxTo = (address: string) => inspect(db()).selectFrom('outbox_emails').selectAll().where('to_address', '=', address).orderBy('created_at').orderBy('id').execute();
  const speaks = (language: Language) => inspect(db()).updateTable('portal_users').set({ language }).where('id', '=', contact.id).execute();

  async function weeklyService(cookie: string, customerId: string, locationId: string, teamIds: string[], startDate = '2026-03-02'): Promise<AccountService> {
    const added = await callApi(porter, cookie, 'POST', `/api/office/customers/${customerId}/account-services`, {
      locationId,
      name: 'Weekly clean',
      frequency: { kind: 'weekly', interval: 1, days: ['MO'] },
      startDate,
      startTime: '09:00',
      durationMinutes: 120,
      price: 12000,
      teamIds,
    });
    expect(added.statusCode).toBe(201);
    const scheduled = await callApi(porter, cookie, 'POST', `/api/office/account-services/${added.json().id}/schedule`);
    expect(scheduled.statusCode).toBe(200);
    return scheduled.json();
  }

  async function visitsOf(serviceId: string): Promise<Visit[]> {
    const response = await callApi(porter, owner, 'GET', `/api/office/visits?pageSize=500`);
    return (response.json().items as Visit[]).filter((visit) => visit.accountServiceId === serviceId);
  }

  async function oneOff(body: Record<string, unknown>, cookie = owner) {
    return callApi(porter, cookie, 'POST', '/api/office/visits', { customerId: customer.id, locationId: customer.locationIds[0], name: 'Deep clean', durationMinutes: 120, price: 20000, ...body });
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, { LOG_LEVEL: 'info' }, { now: clock.now, housekeeping: false, logStream: { write: (line) => log.push(line) } });
    tenant = await createTenant(db());
    owner = await signInStaff(porter, tenant.ownerEmail);
    for (const role of ['manager', 'supervisor', 'technician'] as const) cookies[role] = await signInStaff(porter, (await createStaff(db(), tenant.tenantId, role)).email);
    alex = await createStaff(db(), tenant.tenantId, 'technician');
    blair = await createStaff(db(), tenant.tenantId, 'technician');
    await inspect(db()).updateTable('staff_users').set({ name: 'Alex Able' }).where('id', '=', alex.id).execute();
    await inspect(db()).updateTable('staff_users').set({ name: 'Blair Bell' }).where('id', '=', blair.id).execute();
    customer = await createCustomer(db(), tenant.tenantId, { portal: true, locations: 2 });
    await inspect(db()).updateTable('locations').set({ time_zone: newYork }).where('customer_id', '=', customer.id).execute();
    contact = await createPortalUser(db(), tenant.tenantId, customer.id, [customer.locationIds[0]!]);

    const other = await createTenant(db());
    const otherOwner = await signInStaff(porter, other.ownerEmail);
    const otherCustomer = await createCustomer(db(), other.tenantId);
    const otherService = await weeklyService(otherOwner, otherCustomer.id, otherCustomer.locationIds[0]!, []);
    const otherVisitRow = await inspect(db()).selectFrom('visits').select('id').where('account_service_id', '=', otherService.id).orderBy('starts_at').executeTakeFirstOrThrow();
    stranger = { owner: otherOwner, ownerId: other.ownerId, visitId: otherVisitRow.id, customerId: otherCustomer.id, locationId: otherCustomer.locationIds[0]! };
  });
  afterAll(() => porter.close());

  describe('moving a visit', () => {
    it('keeps 09:00 on the location’s clock across the change to daylight saving, and tells the customer in their language with the zone named', async () => {
      await speaks('es');
      const service = await weeklyService(owner, customer.id, customer.locationIds[0]!, [alex.id]);
      const first = (await visitsOf(service.id)).find((visit) => visit.startsAt === '2026-03-02T14:00:00.000Z')!;
      expect(first).toBeDefined();

      const moved = await callApi(porter, owner, 'POST', `/api/office/visits/${first.id}/move`, { date: '2026-03-10', time: '09:00' });
      expect(moved.statusCode).toBe(200);
      const change: VisitChange = moved.json();
      // 09:00 EDT is 13:00 UTC; before the change 09:00 EST was 14:00 UTC.
      expect(change.visit.startsAt).toBe('2026-03-10T13:00:00.000Z');
      expect(change.visit.exception).toBe(true);
      expect(change.visit.durationMinutes).toBe(120);

      const [email] = await outboxTo(contact.email);
      expect(email!.subject).toContain('nueva hora');
      const newTime = formatDateTime('2026-03-10T13:00:00.000Z', { locale: 'es', zone: newYork });
      expect(newTime).toMatch(/GMT-4|EDT/);
      expect(email!.text_body).toContain(newTime);
      expect(email!.text_body).toContain(formatDateTime(first.startsAt, { locale: 'es', zone: newYork }));

      // A series edit afterwards changes the series' own visits and leaves the moved one alone.
      const edited = await callApi(porter, owner, 'PUT', `/api/office/account-services/${service.id}`, {
        locationId: customer.locationIds[0],
        name: 'Weekly clean',
        frequency: { kind: 'weekly', interval: 1, days: ['MO'] },
        startDate: '2026-03-02',
        startTime: '11:00',
        durationMinutes: 90,
        price: 12000,
        teamIds: [alex.id],
      });
      expect(edited.statusCode).toBe(200);
      const after = await visitsOf(service.id);
      const stillMoved = after.find((visit) => visit.id === first.id)!;
      expect(stillMoved.startsAt).toBe('2026-03-10T13:00:00.000Z');
      expect(stillMoved.durationMinutes).toBe(120);
      expect(after.find((visit) => visit.startsAt === '2026-03-09T15:00:00.000Z')?.durationMinutes).toBe(90);
      // The day the moved visit came from is not made again.
      expect(after.filter((visit) => visit.startsAt.startsWith('2026-03-02'))).toEqual([]);

      // Its Mondays would overlap the visits the tests below plan for Alex.
      await inspect(db()).deleteFrom('visits').where('account_service_id', '=', service.id).execute();
      await inspect(db()).deleteFrom('account_services').where('id', '=', service.id).execute();
    });

    it('takes a new duration, refuses a time that has passed and names the field of a bad date', async () => {
      const created: OneOffVisit = (await oneOff({ date: '2026-03-20', time: '08:00' })).json();
      const id = created.visit!.id;
      const longer = await callApi(porter, owner, 'POST', `/api/office/visits/${id}/move`, { date: '2026-03-20', time: '08:00', durationMinutes: 240 });
      expect(longer.json().visit.durationMinutes).toBe(240);
      // Only the duration changed: nobody is emailed a "new time" that is the old one.
      expect((await outboxTo(contact.email)).filter((email) => email.text_body.includes('Deep clean'))).toEqual([]);

      const past = await callApi(porter, owner, 'POST', `/api/office/visits/${id}/move`, { date: '2026-03-02', time: '06:59' });
      expect(past.statusCode).toBe(400);
      expect(Object.keys(past.json().error.fields)).toEqual(['date', 'time']);
      const bad = await callApi(porter, owner, 'POST', `/api/office/visits/${id}/move`, { date: '2026-02-30', time: '25:00' });
      expect(bad.statusCode).toBe(400);
      expect(Object.keys(bad.json().error.fields).sort()).toEqual(['date', 'time']);
    });
  });

  describe('skipping and cancelling', () => {
    it('needs a reason of at most 500 characters, emails it in the customer’s language, and then the visit cannot be changed', async () => {
      await speaks('da');
      const { visit } = (await oneOff({ name: 'Window wash', date: '2026-03-21', time: '10:00' })).json() as OneOffVisit;
      const id = visit!.id;
      expect((await callApi(porter, owner, 'POST', `/api/office/visits/${id}/skip`, { reason: '  ' })).json().error.fields).toHaveProperty('reason');
      expect((await callApi(porter, owner, 'POST', `/api/office/visits/${id}/skip`, { reason: 'x'.repeat(501) })).statusCode).toBe(400);

      const skipped = await callApi(porter, owner, 'POST', `/api/office/visits/${id}/skip`, { reason: 'x'.repeat(499) + 'é' });
      expect(skipped.statusCode).toBe(200);
      expect(skipped.json().visit).toMatchObject({ status: 'skipped', statusReason: 'x'.repeat(499) + 'é', exception: true });
      const email = (await outboxTo(contact.email)).at(-1)!;
      expect(email.subject).toContain('springes over');
      expect(email.text_body).toContain('Window wash');
      expect(email.text_body).toContain('x'.repeat(499) + 'é');

      for (const [method, path, body] of [
        ['POST', 'move', { date: '2026-03-22', time: '10:00' }],
        ['PUT', 'team', { teamIds: [] }],
        ['POST', 'skip', { reason: 'Again' }],
        ['POST', 'cancel', { reason: 'Again' }],
      ] as const) {
        const refused = await callApi(porter, owner, method, `/api/office/visits/${id}/${path}`, body);
        expect(refused.statusCode, path).toBe(409);
      }
    });

    it('cancels with the reason in English for an English reader', async () => {
      await speaks('en');
      const { visit } = (await oneOff({ name: 'Carpet care', date: '2026-03-23', time: '10:00' })).json() as OneOffVisit;
      const cancelled = await callApi(porter, cookies.manager, 'POST', `/api/office/visits/${visit!.id}/cancel`, { reason: 'The office is closed for renovation.' });
      expect(cancelled.json().visit.status).toBe('cancelled');
      const email = (await outboxTo(contact.email)).at(-1)!;
      expect(email.subject).toMatch(/^Your visit on .* is cancelled$/);
      expect(email.text_body).toContain('Carpet care');
      expect(email.text_body).toContain('The office is closed for renovation.');
    });

    it('emails nobody while the office has switched this customer’s visit-change notices off', async () => {
      const switches = { onMyWay: true, visitDone: true, visitChanges: false };
      expect((await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}/notices`, switches)).statusCode).toBe(200);
      const before = (await outboxTo(contact.email)).length;
      const { visit } = (await oneOff({ name: 'Quiet clean', date: '2026-03-25', time: '10:00' })).json() as OneOffVisit;
      expect((await callApi(porter, owner, 'POST', `/api/office/visits/${visit!.id}/cancel`, { reason: 'Closed' })).json().visit.status).toBe('cancelled');
      expect(await outboxTo(contact.email)).toHaveLength(before);
      await callApi(porter, owner, 'PUT', `/api/office/customers/${customer.id}/notices`, { ...switches, visitChanges: true });
    });
  });

  describe('the team of a visit', () => {
    it('takes only staff of the company who are not deactivated, and makes the visit an exception', async () => {
      const { visit } = (await oneOff({ date: '2026-03-24', time: '10:00' })).json() as OneOffVisit;
      const id = visit!.id;
      const outsider = await callApi(porter, owner, 'PUT', `/api/office/visits/${id}/team`, { teamIds: [alex.id, stranger.customerId] });
      expect(outsider.statusCode).toBe(400);
      expect(outsider.json().error.fields).toHaveProperty('teamIds');
      const gone = await createStaff(db(), tenant.tenantId, 'technician');
      await inspect(db()).updateTable('staff_users').set({ deactivated_at: new Date().toISOString() }).where('id', '=', gone.id).execute();
      expect((await callApi(porter, owner, 'PUT', `/api/office/visits/${id}/team`, { teamIds: [gone.id] })).statusCode).toBe(400);

      const changed = await callApi(porter, owner, 'PUT', `/api/office/visits/${id}/team`, { teamIds: [blair.id, alex.id] });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().visit.team.map((m: { name: string }) => m.name)).toEqual(['Alex Able', 'Blair Bell']);
      expect(changed.json().visit.exception).toBe(true);
    });
  });

  describe('double-booking', () => {
    it('is no conflict when one visit ends at 10:00 and the next starts then; one minute earlier it is, and the change is made with a warning', async () => {
      const first = (await oneOff({ date: '2026-04-06', time: '08:00', teamIds: [alex.id] })).json() as OneOffVisit;
      const second = (await oneOff({ date: '2026-04-06', time: '10:00', teamIds: [alex.id, blair.id] })).json() as OneOffVisit;
      expect(second.doubleBooked).toEqual([]);

      const overlap = await callApi(porter, owner, 'POST', `/api/office/visits/${second.visit!.id}/move`, { date: '2026-04-06', time: '09:59' });
      expect(overlap.statusCode).toBe(200);
      expect(overlap.json().visit.startsAt).toBe('2026-04-06T13:59:00.000Z');
      expect(overlap.json().doubleBooked).toEqual([{ id: alex.id, name: 'Alex Able' }]);

      const week: Schedule = (await callApi(porter, cookies.supervisor, 'GET', '/api/office/schedule?from=2026-04-06&days=1')).json();
      const flagged = Object.fromEntries(week.visits.map((visit) => [visit.id, visit.conflicts]));
      expect(flagged).toEqual({ [first.visit!.id]: true, [second.visit!.id]: true });
      expect(week.visits.find((visit) => visit.id === second.visit!.id)!.doubleBooked.map((m) => m.id)).toEqual([alex.id]);

      // A team change that takes Alex off ends the conflict; putting Alex back warns again.
      const off = await callApi(porter, owner, 'PUT', `/api/office/visits/${second.visit!.id}/team`, { teamIds: [blair.id] });
      expect(off.json().doubleBooked).toEqual([]);
      const back = await callApi(porter, owner, 'PUT', `/api/office/visits/${second.visit!.id}/team`, { teamIds: [alex.id, blair.id] });
      expect(back.json().doubleBooked).toEqual([{ id: alex.id, name: 'Alex Able' }]);

      // A cancelled visit takes nobody's time.
      await callApi(porter, owner, 'POST', `/api/office/visits/${first.visit!.id}/cancel`, { reason: 'Customer away' });
      const list: ScheduleList = (await callApi(porter, owner, 'GET', '/api/office/schedule/list?from=2026-04-06T00:00:00.000Z&to=2026-04-07T00:00:00.000Z')).json();
      expect(list.items.map((visit) => [visit.id, visit.conflicts])).toEqual([
        [first.visit!.id, false],
        [second.visit!.id, false],
      ]);
    });
  });

  describe('the schedule', () => {
    it('counts each visit on its location’s day, groups it by team member (the unassigned last), and narrows by person, customer and location', async () => {
      // 22:30 in New York on Tuesday is 02:30 UTC on Wednesday.
      const late = (await oneOff({ name: 'Night clean', date: '2026-04-14', time: '22:30', teamIds: [blair.id] })).json() as OneOffVisit;
      const nobody = (await oneOff({ name: 'Unstaffed', date: '2026-04-15', time: '09:00', locationId: customer.locationIds[1] })).json() as OneOffVisit;
      expect(late.visit!.startsAt).toBe('2026-04-15T02:30:00.000Z');

      const tuesday: Schedule = (await callApi(porter, owner, 'GET', '/api/office/schedule?from=2026-04-14&days=1')).json();
      expect(tuesday.days).toEqual(['2026-04-14']);
      expect(tuesday.visits.map((visit) => [visit.name, visit.localDate])).toEqual([['Night clean', '2026-04-14']]);
      const wednesday: Schedule = (await callApi(porter, owner, 'GET', '/api/office/schedule?from=2026-04-15&days=1')).json();
      expect(wednesday.visits.map((visit) => visit.name)).toEqual(['Unstaffed']);

      const week: Schedule = (await callApi(porter, owner, 'GET', '/api/office/schedule?from=2026-04-13')).json();
      expect(week.days).toHaveLength(7);
      expect(week.days.at(-1)).toBe('2026-04-19');
      const rows = week.groups.map((group) => [group.member?.name ?? null, group.visitIds]);
      // Everyone who can be sent has a row, busy or free; the unassigned come last.
      expect(rows).toContainEqual(['Alex Able', []]);
      expect(rows).toContainEqual(['Blair Bell', [late.visit!.id]]);
      expect(rows.at(-1)).toEqual([null, [nobody.visit!.id]]);

      const blairs: Schedule = (await callApi(porter, owner, 'GET', `/api/office/schedule?from=2026-04-13&staffId=${blair.id}`)).json();
      expect(blairs.groups.map((group) => group.member?.name)).toEqual(['Blair Bell']);
      const atSecond: Schedule = (await callApi(porter, owner, 'GET', `/api/office/schedule?from=2026-04-13&locationId=${customer.locationIds[1]}`)).json();
      expect(atSecond.visits.map((visit) => visit.name)).toEqual(['Unstaffed']);
      expect(atSecond.groups.map((group) => group.member)).toEqual([null]);

      const bad = await callApi(porter, owner, 'GET', '/api/office/schedule?from=2026-04-13&days=8');
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.fields).toHaveProperty('days');
    });

    it('shows the whole company twelve team members at a time, with the visits nobody is on on the first page', async () => {
      const company = await createTenant(db());
      const boss = await signInStaff(porter, company.ownerEmail);
      await inspect(db()).updateTable('staff_users').set({ name: 'Aaron Boss' }).where('id', '=', company.ownerId).execute();
      const members: string[] = [];
      for (let i = 1; i <= 13; i += 1) {
        const member = await createStaff(db(), company.tenantId, 'technician');
        await inspect(db()).updateTable('staff_users').set({ name: `Member ${String(i).padStart(2, '0')}` }).where('id', '=', member.id).execute();
        members.push(member.id);
      }
      const client = await createCustomer(db(), company.tenantId);
      const plan = async (name: string, teamIds: string[]) => {
        const body = { customerId: client.id, locationId: client.locationIds[0], name, date: '2026-05-20', time: '09:00', durationMinutes: 60, price: 5000, teamIds };
        const created = await callApi(porter, boss, 'POST', '/api/office/visits', body);
        expect(created.statusCode).toBe(201);
        return (created.json() as OneOffVisit).visit!.id;
      };
      const last = await plan('Last member’s', [members[12]!]);
      const shared = await plan('Shared', [members[0]!, members[12]!]);
      const nobody = await plan('Nobody’s', []);
      const page = async (n: number): Promise<Schedule> => (await callApi(porter, boss, 'GET', `/api/office/schedule?from=2026-05-20&days=1&page=${n}`)).json();

      const first = await page(1);
      expect(first).toMatchObject({ page: 1, pageSize: 12, totalMembers: 14 });
      expect(first.groups.map((group) => group.member?.name ?? null)).toEqual(['Aaron Boss', ...Array.from({ length: 11 }, (_, i) => `Member ${String(i + 1).padStart(2, '0')}`), null]);
      expect(first.groups.at(-1)!.visitIds).toEqual([nobody]);
      expect(first.visits.map((visit) => visit.id).sort()).toEqual([shared, nobody].sort());

      const second = await page(2);
      expect(second.groups.map((group) => [group.member?.name, group.visitIds.sort()])).toEqual([
        ['Member 12', []],
        ['Member 13', [last, shared].sort()],
      ]);
      expect(second.visits.map((visit) => visit.id).sort()).toEqual([last, shared].sort());

      const beyond = await page(3);
      expect(beyond).toMatchObject({ groups: [], visits: [], totalMembers: 14 });
      // Narrowed to a person, there is one row and no paging.
      const one: Schedule = (await callApi(porter, boss, 'GET', `/api/office/schedule?from=2026-05-20&days=1&staffId=${members[12]}&page=1`)).json();
      expect(one.groups.map((group) => group.member?.name)).toEqual(['Member 13']);
      expect(one.totalMembers).toBe(1);
    });

    it('finds a moved visit under its team in the week it went to, not the one it left, and a person added later too', async () => {
      const planned = (await oneOff({ name: 'Moving clean', date: '2026-05-04', time: '09:00', teamIds: [alex.id] })).json() as OneOffVisit;
      const id = planned.visit!.id;
      const idsOfWeek = async (from: string, staffId?: string) => {
        const week: Schedule = (await callApi(porter, owner, 'GET', `/api/office/schedule?from=${from}${staffId ? `&staffId=${staffId}` : ''}`)).json();
        return { visits: week.visits.map((visit) => visit.id), alexRow: week.groups.find((group) => group.member?.id === alex.id)?.visitIds ?? [] };
      };
      expect((await idsOfWeek('2026-05-04', alex.id)).visits).toContain(id);

      expect((await callApi(porter, owner, 'POST', `/api/office/visits/${id}/move`, { date: '2026-05-12', time: '09:00' })).statusCode).toBe(200);
      expect((await idsOfWeek('2026-05-04', alex.id)).visits).not.toContain(id);
      expect((await idsOfWeek('2026-05-11', alex.id)).visits).toContain(id);
      expect((await idsOfWeek('2026-05-11')).alexRow).toContain(id);
      expect((await idsOfWeek('2026-05-11', blair.id)).visits).not.toContain(id);

      expect((await callApi(porter, owner, 'PUT', `/api/office/visits/${id}/team`, { teamIds: [alex.id, blair.id] })).statusCode).toBe(200);
      expect((await idsOfWeek('2026-05-11', blair.id)).visits).toContain(id);
      const rows = await inspect(db()).selectFrom('visit_team').select('starts_at').where('visit_id', '=', id).execute();
      expect(rows.map((row) => row.starts_at)).toEqual(['2026-05-12T13:00:00.000Z', '2026-05-12T13:00:00.000Z']);
    });

    it('counts a visit as nobody’s once its last person is taken off, and as theirs again when someone is put back on', async () => {
      const planned = (await oneOff({ name: 'Handover clean', date: '2026-05-19', time: '10:00', teamIds: [alex.id, blair.id] })).json() as OneOffVisit;
      const id = planned.visit!.id;
      const nobodysRow = async () => {
        const week: Schedule = (await callApi(porter, owner, 'GET', '/api/office/schedule?from=2026-05-18')).json();
        return week.groups.find((group) => group.member === null)?.visitIds ?? [];
      };
      const teamSize = async () => (await inspect(db()).selectFrom('visits').select('team_size').where('id', '=', id).executeTakeFirstOrThrow()).team_size;
      expect(await nobodysRow()).not.toContain(id);
      expect(await teamSize()).toBe(2);
      expect((await callApi(porter, owner, 'PUT', `/api/office/visits/${id}/team`, { teamIds: [blair.id] })).statusCode).toBe(200);
      expect(await teamSize()).toBe(1);
      expect(await nobodysRow()).not.toContain(id);
      expect((await callApi(porter, owner, 'PUT', `/api/office/visits/${id}/team`, { teamIds: [] })).statusCode).toBe(200);
      expect(await teamSize()).toBe(0);
      expect(await nobodysRow()).toContain(id);
      expect((await callApi(porter, owner, 'PUT', `/api/office/visits/${id}/team`, { teamIds: [alex.id] })).statusCode).toBe(200);
      expect(await nobodysRow()).not.toContain(id);
    });

    it('offers the staff who can be sent, without the deactivated', async () => {
      const team = (await callApi(porter, cookies.supervisor, 'GET', '/api/office/schedule/team')).json().items as { id: string; name: string }[];
      expect(team.map((member) => member.id)).toEqual(expect.arrayContaining([alex.id, blair.id]));
      const deactivated = await inspect(db()).selectFrom('staff_users').select('id').where('tenant_id', '=', tenant.tenantId).where('deactivated_at', 'is not', null).execute();
      expect(deactivated.length).toBeGreaterThan(0);
      for (const { id } of deactivated) expect(team.map((member) => member.id)).not.toContain(id);
      // Narrowed to someone deactivated, the schedule has no row for them.
      const theirs: Schedule = (await callApi(porter, cookies.supervisor, 'GET', `/api/office/schedule?from=2026-03-02&staffId=${deactivated[0]!.id}`)).json();
      expect(theirs.groups.filter((group) => group.member !== null)).toEqual([]);
    });
  });

  describe('a one-off visit', () => {
    it('is a one-off service on the account, scheduled at once, with the price and team given', async () => {
      const created = await oneOff({ date: '2026-03-25', time: '13:30', teamIds: [alex.id], rateModifications: [{ name: 'Weekend', kind: 'percent', amount: 1000 }], notes: 'Key at reception' });
      expect(created.statusCode).toBe(201);
      const body: OneOffVisit = created.json();
      expect(body.visit).toMatchObject({ name: 'Deep clean', startsAt: '2026-03-25T17:30:00.000Z', durationMinutes: 120, notes: 'Key at reception', exception: false });
      expect(body.visit!.price).toMatchObject({ base: 20000, total: 22000 });
      const services: AccountService[] = (await callApi(porter, owner, 'GET', `/api/office/customers/${customer.id}/account-services`)).json().items;
      expect(services.find((service) => service.id === body.accountServiceId)).toMatchObject({ status: 'scheduled', rrule: null, frequency: { kind: 'once' } });
    });

    it('refuses a time that has passed, a location of another customer, and neither a service nor a name', async () => {
      const past = await oneOff({ date: '2026-03-02', time: '06:00' });
      expect(past.statusCode).toBe(400);
      expect(past.json().error.fields).toHaveProperty('date');
      const elsewhere = await oneOff({ date: '2026-03-26', time: '09:00', locationId: stranger.locationId });
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json().error.fields).toHaveProperty('locationId');
      const nameless = await oneOff({ date: '2026-03-26', time: '09:00', name: '' });
      expect(nameless.statusCode).toBe(400);
      expect(nameless.json().error.fields).toHaveProperty('name');
    });
  });

  describe('who may', () => {
    it('lets supervisors read the schedule, managers change visits, technicians neither; everyone signed in keeps their own calendar link', async () => {
      const { visit } = (await oneOff({ date: '2026-03-27', time: '09:00' })).json() as OneOffVisit;
      const changes = [
        ['POST', `/api/office/visits/${visit!.id}/move`, { date: '2026-03-28', time: '09:00' }],
        ['PUT', `/api/office/visits/${visit!.id}/team`, { teamIds: [] }],
        ['POST', `/api/office/visits/${visit!.id}/skip`, { reason: 'No' }],
        ['POST', `/api/office/visits/${visit!.id}/cancel`, { reason: 'No' }],
        ['POST', '/api/office/visits', { customerId: customer.id, locationId: customer.locationIds[0], name: 'X', date: '2026-03-28', time: '09:00', durationMinutes: 60, price: 0 }],
      ] as const;
      for (const role of ['supervisor', 'technician'] as const) {
        for (const [method, url, body] of changes) expect((await callApi(porter, cookies[role], method, url, body)).statusCode, `${role} ${method} ${url}`).toBe(403);
      }
      for (const url of ['/api/office/schedule?from=2026-03-02', '/api/office/schedule/list', '/api/office/schedule/team']) {
        expect((await callApi(porter, cookies.technician, 'GET', url)).statusCode).toBe(403);
        expect((await callApi(porter, cookies.supervisor, 'GET', url)).statusCode).toBe(200);
      }
      expect((await callApi(porter, cookies.manager, 'POST', `/api/office/visits/${visit!.id}/move`, { date: '2026-03-28', time: '09:00' })).statusCode).toBe(200);
      expect((await callApi(porter, cookies.technician, 'POST', '/api/office/profile/calendar-link')).statusCode).toBe(201);
      expect((await callApi(porter, cookies.technician, 'DELETE', '/api/office/profile/calendar-link')).statusCode).toBe(204);
    });

    it('answers 404 for another company’s visit and customer, and never changes them', async () => {
      for (const [method, path, body] of [
        ['POST', 'move', { date: '2026-03-28', time: '09:00' }],
        ['PUT', 'team', { teamIds: [] }],
        ['POST', 'skip', { reason: 'No' }],
        ['POST', 'cancel', { reason: 'No' }],
      ] as const) {
        expect((await callApi(porter, owner, method, `/api/office/visits/${stranger.visitId}/${path}`, body)).statusCode, path).toBe(404);
      }
      const theirs = await callApi(porter, owner, 'POST', '/api/office/visits', { customerId: stranger.customerId, locationId: stranger.locationId, name: 'X', date: '2026-03-28', time: '09:00', durationMinutes: 60, price: 0 });
      expect(theirs.statusCode).toBe(404);
      const row = await inspect(db()).selectFrom('visits').select(['status', 'exception']).where('id', '=', stranger.visitId).executeTakeFirstOrThrow();
      expect({ ...row, exception: Boolean(row.exception) }).toEqual({ status: 'scheduled', exception: false });
      // Their schedule does not show ours.
      const theirWeek: Schedule = (await callApi(porter, stranger.owner, 'GET', '/api/office/schedule?from=2026-03-23')).json();
      expect(theirWeek.visits.length).toBeGreaterThan(0);
      expect(theirWeek.visits.every((visit) => visit.customerId === stranger.customerId)).toBe(true);
      // Narrowed to one of their people, ours has no row for them and none of their visits.
      const theirPerson: Schedule = (await callApi(porter, owner, 'GET', `/api/office/schedule?from=2026-03-23&staffId=${stranger.ownerId}`)).json();
      expect({ groups: theirPerson.groups, visits: theirPerson.visits }).toEqual({ groups: [], visits: [] });
    });
  });

  describe('the staff calendar feed', () => {
    it('lists a person’s visits from a week ago on, each in its location’s time zone with its address, parsed by a real iCalendar reader', async () => {
      const alexCookie = await signInStaff(porter, alex.email);
      expect((await callApi(porter, alexCookie, 'GET', '/api/office/profile/calendar-link')).json()).toEqual({ active: false });
      const service = await weeklyService(owner, customer.id, customer.locationIds[0]!, [alex.id]);
      const created = await callApi(porter, alexCookie, 'POST', '/api/office/profile/calendar-link');
      expect(created.statusCode).toBe(201);
      const url = new URL(created.json().url as string);
      expect(url.origin).toBe('http://porter.test');
      const token = url.pathname.split('/').at(-1)!.replace(/\.ics$/, '');
      const stored = await inspect(db()).selectFrom('staff_users').select('calendar_token_hash').where('id', '=', alex.id).executeTakeFirstOrThrow();
      expect(stored.calendar_token_hash).toMatch(/^[\w-]{43}$/);
      expect(stored.calendar_token_hash).not.toContain(token);
      expect((await callApi(porter, alexCookie, 'GET', '/api/office/profile/calendar-link')).json()).toEqual({ active: true });

      // A cancelled visit is not in the feed.
      const cancelled = (await visitsOf(service.id)).find((visit) => visit.startsAt === '2026-03-16T13:00:00.000Z')!;
      expect((await callApi(porter, owner, 'POST', `/api/office/visits/${cancelled.id}/cancel`, { reason: 'Holiday' })).statusCode).toBe(200);

      // Ten days on, the visit of 2 March is more than a week ago and leaves the feed; that of 9 March stays.
      clock.advance(days(10));
      try {
        const feed = await porter.app.inject({ url: url.pathname });
        expect(feed.statusCode).toBe(200);
        expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
        const calendar = new ICAL.Component(ICAL.parse(feed.body));
        for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
        const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
        const ours = events.filter((event) => event.summary.startsWith('Weekly clean'));
        const now = clock.now().getTime();
        const visits = await visitsOf(service.id);
        const expected = visits
          .filter((visit) => visit.status === 'scheduled' && Date.parse(visit.startsAt) >= now - days(7) && Date.parse(visit.startsAt) < now + days(60))
          .map((visit) => visit.startsAt);
        expect(ours.map((event) => event.startDate.toJSDate().toISOString())).toEqual(expected);
        expect(expected[0]).toBe('2026-03-09T13:00:00.000Z');
        const first = ours[0]!;
        expect(first.summary).toBe(`Weekly clean – ${(await inspect(db()).selectFrom('customers').select('name').where('id', '=', customer.id).executeTakeFirstOrThrow()).name}`);
        expect(first.location).toBe('1 Test Street');
        expect(first.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(newYork);
        expect(first.startDate.toString()).toBe('2026-03-09T09:00:00');
        expect(first.endDate.toJSDate().toISOString()).toBe('2026-03-09T15:00:00.000Z');
        expect(ours.map((event) => event.startDate.toJSDate().toISOString())).not.toContain('2026-03-16T13:00:00.000Z');

        // A replaced link stops working, a revoked one too, and a wrong one never did.
        const replaced = new URL((await callApi(porter, alexCookie, 'POST', '/api/office/profile/calendar-link')).json().url as string);
        expect((await porter.app.inject({ url: url.pathname })).statusCode).toBe(404);
        expect((await porter.app.inject({ url: replaced.pathname })).statusCode).toBe(200);
        expect((await porter.app.inject({ url: replaced.pathname.replace(tenant.slug, 'nobody') })).statusCode).toBe(404);
        expect((await porter.app.inject({ url: replaced.pathname.replace('.ics', '') })).statusCode).toBe(404);
        expect((await callApi(porter, alexCookie, 'DELETE', '/api/office/profile/calendar-link')).statusCode).toBe(204);
        expect((await porter.app.inject({ url: replaced.pathname })).statusCode).toBe(404);
        expect((await porter.app.inject({ url: `/api/calendar/staff/${tenant.slug}/${'A'.repeat(43)}.ics` })).statusCode).toBe(404);
        // Someone deactivated has no feed, whatever link they made before.
        const last = new URL((await callApi(porter, alexCookie, 'POST', '/api/office/profile/calendar-link')).json().url as string);
        expect((await porter.app.inject({ url: last.pathname })).statusCode).toBe(200);
        await inspect(db()).updateTable('staff_users').set({ deactivated_at: clock.now().toISOString() }).where('id', '=', alex.id).execute();
        expect((await porter.app.inject({ url: last.pathname })).statusCode).toBe(404);
        await inspect(db()).updateTable('staff_users').set({ deactivated_at: null }).where('id', '=', alex.id).execute();

        // The request log keeps the addresses without their secret.
        const written = log.join('');
        expect(written).toContain(`/api/calendar/staff/${tenant.slug}/[redacted]`);
        expect(written).not.toContain(token);
        for (const link of [replaced, last]) expect(written).not.toContain(link.pathname.split('/').at(-1)!);
      } finally {
        clock.advance(-days(10));
      }
    });

    it('leaves every other address as it is in the log', () => {
      expect(redactCalendarTokens('/api/office/schedule?from=2026-03-02')).toBe('/api/office/schedule?from=2026-03-02');
      expect(redactCalendarTokens('/api/calendar/portal/acme/secret.ics?x=1')).toBe('/api/calendar/portal/acme/[redacted]?x=1');
    });
  });
});
