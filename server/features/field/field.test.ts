import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../db/database.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

/** A clock the tests set to an exact instant, so each boundary is reached on purpose. */
function settableClock(start: string) {
  let now = Date.parse(start);
  return { now: () => new Date(now), set: (iso: string) => void (now = Date.parse(iso)) };
}

/**
 * A company whose two technicians, Ana and Ben, clean a customer's site on Mondays at 09:00 UTC and
 * Ana alone a second site of another customer at 14:00; a third technician is on neither; another
 * company has its own visit. The clock starts on Sunday 1 March 2026.
 */
async function fieldWorld(kind: DatabaseKind) {
  const clock = settableClock('2026-03-01T12:00:00Z');
  const porter: TestPorter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
  const db = porter.ctx.db;
  const [a, b] = [await createTenant(db), await createTenant(db)];
  const owner = await signInStaff(porter, a.ownerEmail);
  const [ana, ben, carl] = [await createStaff(db, a.tenantId, 'technician'), await createStaff(db, a.tenantId, 'technician'), await createStaff(db, a.tenantId, 'technician')];
  await inspect(db).updateTable('staff_users').set({ name: 'Ana María López' }).where('id', '=', ana.id).execute();
  const office = await createCustomer(db, a.tenantId, { name: 'Harbour Offices', portal: true, features: ['whosWorking'] });
  const bakery = await createCustomer(db, a.tenantId, { name: 'Solo Bakery', portal: true });
  const other = await createCustomer(db, b.tenantId, { portal: true });
  const contact = await createPortalUser(db, a.tenantId, office.id, office.locationIds);
  await inspect(db).updateTable('portal_users').set({ language: 'es' }).where('id', '=', contact.id).execute();
  const bOwner = await signInStaff(porter, b.ownerEmail);
  const bTech = await createStaff(db, b.tenantId, 'technician');

  async function schedule(cookie: string, customerId: string, locationId: string, startTime: string, teamIds: string[]) {
    const service = { name: 'Weekly clean', frequency: { kind: 'weekly', interval: 1, days: ['MO'] }, startTime, durationMinutes: 120, price: 12_000, locationId, startDate: '2026-03-02', teamIds, notes: 'Alarm code is with the guard' };
    const added = await callApi(porter, cookie, 'POST', `/api/office/customers/${customerId}/account-services`, service);
    if (added.statusCode !== 201) throw new Error(`service not added: ${added.body}`);
    const scheduled = await callApi(porter, cookie, 'POST', `/api/office/account-services/${added.json().id}/schedule`);
    if (scheduled.statusCode !== 200) throw new Error(`service not scheduled: ${scheduled.body}`);
  }
  await schedule(owner, office.id, office.locationIds[0]!, '09:00', [ana.id, ben.id]);
  await schedule(owner, bakery.id, bakery.locationIds[0]!, '14:00', [ana.id]);
  await schedule(bOwner, other.id, other.locationIds[0]!, '09:00', [bTech.id]);
  const visitAt = async (locationId: string, startsAt: string) =>
    (await inspect(db).selectFrom('visits').select('id').where('location_id', '=', locationId).where('starts_at', '=', startsAt).executeTakeFirstOrThrow()).id;
  return {
    porter,
    clock,
    a,
    ana,
    ben,
    carl,
    contact,
    office,
    bTech,
    morning: await visitAt(office.locationIds[0]!, '2026-03-02T09:00:00.000Z'),
    afternoon: await visitAt(bakery.locationIds[0]!, '2026-03-02T14:00:00.000Z'),
    nextMorning: await visitAt(office.locationIds[0]!, '2026-03-09T09:00:00.000Z'),
    nextAfternoon: await visitAt(bakery.locationIds[0]!, '2026-03-09T14:00:00.000Z'),
    foreign: await visitAt(other.locationIds[0]!, '2026-03-02T09:00:00.000Z'),
  };
}

describe.each(testDialects())('field work on %s', (kind) => {
  let world: Awaited<ReturnType<typeof fieldWorld>>;
  const staff = (person: { email: string }) => signInStaff(world.porter, person.email);
  const api = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(world.porter, cookie, method, url, payload);
  const clock = async (person: { email: string }, visitId: string, way: 'in' | 'out', clientId: string, more: { position?: object; at?: string } = {}) =>
    api(await staff(person), 'POST', `/api/field/visits/${visitId}/clock-${way}`, { clientId, ...more });
  const nextVisit = async () => {
    const cookie = await signInPortal(world.porter, world.a.slug, world.contact.email);
    return (await api(cookie, 'GET', `/api/portal/${world.a.slug}/locations/${world.office.locationIds[0]}/next-visit`)).json().visit;
  };
  const visitStatus = async (id: string) => (await inspect(world.porter.ctx.db).selectFrom('visits').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;

  beforeAll(async () => {
    world = await fieldWorld(kind);
  });
  afterAll(() => world.porter.close());

  it('lists my visits in order, with the place, access notes, the team and notes; nobody else’s', async () => {
    world.clock.set('2026-03-02T07:00:00Z');
    const response = await api(await staff(world.ana), 'GET', '/api/field/visits');
    expect(response.statusCode, response.body).toBe(200);
    const { today, upcoming } = response.json();
    expect(today.map((v: { id: string }) => v.id)).toEqual([world.morning, world.afternoon]);
    expect(today[0]).toMatchObject({ customerName: 'Harbour Offices', address: '1 Test Street', notes: 'Alarm code is with the guard', status: 'scheduled', myTimesheet: null, canClockIn: true, canClockOut: false });
    expect(today[0].team.map((m: { id: string }) => m.id).sort()).toEqual([world.ana.id, world.ben.id].sort());
    // The next Monday is seven days on: inside the week ahead.
    expect(upcoming.map((v: { startsAt: string }) => v.startsAt)).toEqual(['2026-03-09T09:00:00.000Z', '2026-03-09T14:00:00.000Z']);

    const carl = await staff(world.carl);
    expect((await api(carl, 'GET', '/api/field/visits')).json()).toEqual({ today: [], upcoming: [] });
    expect((await api(carl, 'GET', `/api/field/visits/${world.morning}`)).statusCode).toBe(404);
    expect((await api(carl, 'POST', `/api/field/visits/${world.morning}/clock-in`, { clientId: 'carl-in-0001' })).statusCode).toBe(404);
    // Another company's visit is not there at all.
    expect((await api(await staff(world.ana), 'GET', `/api/field/visits/${world.foreign}`)).statusCode).toBe(404);
  });

  it('offers On my way from 60 minutes before the first visit of the day, not 61; once; in the customer’s language', async () => {
    world.clock.set('2026-03-02T07:59:00Z');
    const tooEarly = await api(await staff(world.ana), 'POST', `/api/field/visits/${world.morning}/on-my-way`, { minutes: 20 });
    expect(tooEarly.statusCode, tooEarly.body).toBe(409);
    expect((await api(await staff(world.ana), 'GET', `/api/field/visits/${world.morning}`)).json().onMyWay).toEqual({ offered: false, sentAt: null });

    world.clock.set('2026-03-02T08:00:00Z');
    expect((await api(await staff(world.ana), 'GET', `/api/field/visits/${world.morning}`)).json().onMyWay).toEqual({ offered: true, sentAt: null });
    const sent = await api(await staff(world.ana), 'POST', `/api/field/visits/${world.morning}/on-my-way`, { minutes: 20 });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({ expectedAt: '2026-03-02T08:20:00.000Z', recipients: 1 });
    const mail = await inspect(world.porter.ctx.db).selectFrom('outbox_emails').selectAll().where('to_address', '=', world.contact.email).execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toContain('Ana va en camino');
    expect(mail[0]!.text_body).toContain('8:20');

    const again = await api(await staff(world.ana), 'POST', `/api/field/visits/${world.morning}/on-my-way`, { minutes: 20 });
    expect(again.statusCode).toBe(409);
    // A later visit of the day waits until I have clocked in somewhere.
    expect((await api(await staff(world.ana), 'POST', `/api/field/visits/${world.afternoon}/on-my-way`, { minutes: 30 })).statusCode).toBe(409);
  });

  it('refuses clocking out before clocking in, and a position out of range, naming the field', async () => {
    world.clock.set('2026-03-02T09:01:00Z');
    expect((await clock(world.ben, world.morning, 'out', 'ben-out-early')).statusCode).toBe(409);
    const bad = await clock(world.ana, world.morning, 'in', 'ana-in-0001', { position: { latitude: 91, longitude: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty(['position.latitude']);
    expect(await visitStatus(world.morning)).toBe('scheduled');
  });

  it('puts the visit in progress at the first clock-in; a replay answers the same, a second clock-in is refused', async () => {
    world.clock.set('2026-03-02T09:02:00Z');
    expect((await nextVisit()).progress).toEqual({ phase: 'arrival' });
    const first = await clock(world.ana, world.morning, 'in', 'ana-in-0001', { position: { latitude: 55.6761, longitude: 12.5683, accuracy: 12 } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ visitStatus: 'in_progress', timesheet: { clockedInAt: '2026-03-02T09:02:00.000Z', clockedOutAt: null } });

    world.clock.set('2026-03-02T09:05:00Z');
    const replay = await clock(world.ana, world.morning, 'in', 'ana-in-0001');
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    const twice = await clock(world.ana, world.morning, 'in', 'ana-in-0002');
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toMatch(/already clocked in/);
    // Someone else's client id is not a replay of theirs.
    expect((await clock(world.ben, world.morning, 'in', 'ana-in-0001')).statusCode).toBe(409);
    expect(await inspect(world.porter.ctx.db).selectFrom('timesheets').select('id').where('visit_id', '=', world.morning).execute()).toHaveLength(1);

    // Exactly one clock-in: the customer reads the estimated completion, first clock-in plus the time to complete.
    expect((await nextVisit()).progress).toEqual({ phase: 'working', startedAt: '2026-03-02T09:02:00.000Z', estimatedCompletionAt: '2026-03-02T11:02:00.000Z' });
    // And, once clocked in somewhere, On my way opens for my later visits.
    expect((await api(await staff(world.ana), 'GET', `/api/field/visits/${world.afternoon}`)).json().onMyWay.offered).toBe(true);
  });

  it('shows who is working only where the location has it on', async () => {
    const cookie = await signInPortal(world.porter, world.a.slug, world.contact.email);
    const url = `/api/portal/${world.a.slug}/locations/${world.office.locationIds[0]}/whos-working`;
    const on = await api(cookie, 'GET', url);
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json().people).toEqual([{ firstName: 'Ana', role: 'technician', photoUrl: null, since: '2026-03-02T09:02:00.000Z' }]);
    await inspect(world.porter.ctx.db).updateTable('locations').set({ feature_whos_working: false }).where('id', '=', world.office.locationIds[0]!).execute();
    expect((await api(cookie, 'GET', url)).statusCode).toBe(404);
    await inspect(world.porter.ctx.db).updateTable('locations').set({ feature_whos_working: true }).where('id', '=', world.office.locationIds[0]!).execute();
  });

  it('keeps the visit in progress while one of two has clocked out, and completes it when both have', async () => {
    world.clock.set('2026-03-02T09:10:00Z');
    expect((await clock(world.ben, world.morning, 'in', 'ben-in-0001')).json().visitStatus).toBe('in_progress');

    world.clock.set('2026-03-02T10:40:00Z');
    const anaOut = await clock(world.ana, world.morning, 'out', 'ana-out-0001', { position: { latitude: 55.6761, longitude: 12.5683, accuracy: 8 } });
    expect(anaOut.statusCode, anaOut.body).toBe(200);
    expect(anaOut.json().visitStatus).toBe('in_progress');
    expect(await visitStatus(world.morning)).toBe('in_progress');
    expect((await nextVisit()).progress.phase).toBe('working');
    expect((await clock(world.ana, world.morning, 'out', 'ana-out-0002')).statusCode).toBe(409);
    expect((await clock(world.ana, world.morning, 'out', 'ana-out-0001')).json()).toEqual(anaOut.json());

    // The customer's location takes feedback and the company sends proofs of service: the done email carries both links.
    const db = inspect(world.porter.ctx.db);
    await db.updateTable('locations').set({ feature_feedback: true }).where('id', '=', world.office.locationIds[0]!).execute();
    await db.updateTable('tenants').set({ proof_of_service_emails: true }).where('id', '=', world.a.tenantId).execute();
    const doneEmails = () => db.selectFrom('outbox_emails').selectAll().where('to_address', '=', world.contact.email).where('subject', 'like', '%terminado%').execute();
    expect(await doneEmails()).toEqual([]);

    world.clock.set('2026-03-02T10:55:00Z');
    const benOut = await clock(world.ben, world.morning, 'out', 'ben-out-0001');
    expect(benOut.json().visitStatus).toBe('completed');
    expect(await visitStatus(world.morning)).toBe('completed');
    await clock(world.ben, world.morning, 'out', 'ben-out-0001');
    const done = await doneEmails();
    expect(done).toHaveLength(1);
    // In the contact's Spanish, on the location's clock, with the rating link and the report's.
    expect(done[0]!.text_body).toContain('10:55');
    // The proof of service in brief: who worked when, by first name.
    expect(done[0]!.text_body).toContain('Quién trabajó:\n• Ana: 9:02 – 10:40\n• A: 9:10 – 10:55');
    expect(done[0]!.text_body).toContain(`/portal/${world.a.slug}/rate/${world.morning}`);
    expect(done[0]!.text_body).toContain(`/portal/${world.a.slug}/visits/${world.morning}/proof-of-service`);
    // Everyone out: the actual start and end.
    expect((await nextVisit()).progress).toEqual({ phase: 'done', startedAt: '2026-03-02T09:02:00.000Z', finishedAt: '2026-03-02T10:55:00.000Z' });
  });

  it('lets a manager correct a time with a reason, written to the audit log; a supervisor may only read', async () => {
    const manager = await createStaff(world.porter.ctx.db, world.a.tenantId, 'manager');
    const supervisor = await createStaff(world.porter.ctx.db, world.a.tenantId, 'supervisor');
    const list = await api(await staff(supervisor), 'GET', `/api/office/visits/${world.morning}/timesheets`);
    expect(list.statusCode, list.body).toBe(200);
    const ben = list.json().items.find((sheet: { staffId: string }) => sheet.staffId === world.ben.id);
    expect(list.json().items[0]).toMatchObject({ staffName: 'Ana María López', clockInPosition: { latitude: 55.6761, longitude: 12.5683, accuracy: 12 } });

    const correction = { clockedInAt: '2026-03-02T09:00:00.000Z', clockedOutAt: '2026-03-02T11:00:00.000Z', reason: 'Forgot to clock in at the door' };
    expect((await api(await staff(supervisor), 'PUT', `/api/office/timesheets/${ben.id}`, correction)).statusCode).toBe(403);
    const noReason = await api(await staff(manager), 'PUT', `/api/office/timesheets/${ben.id}`, { ...correction, reason: '' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('reason');
    const backwards = await api(await staff(manager), 'PUT', `/api/office/timesheets/${ben.id}`, { ...correction, clockedOutAt: '2026-03-02T08:00:00.000Z' });
    expect(backwards.json().error.fields).toHaveProperty('clockedOutAt');

    const corrected = await api(await staff(manager), 'PUT', `/api/office/timesheets/${ben.id}`, correction);
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json()).toMatchObject({ clockedInAt: '2026-03-02T09:00:00.000Z', clockedOutAt: '2026-03-02T11:00:00.000Z', correctedAt: expect.any(String) });
    const audit = await inspect(world.porter.ctx.db).selectFrom('audit_events').selectAll().where('action', '=', 'timesheet.corrected').executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: manager.id, subject: ben.id });
    expect(JSON.parse(audit.details!)).toMatchObject({ reason: 'Forgot to clock in at the door', before: { clockedInAt: '2026-03-02T09:10:00.000Z' } });
    expect((await nextVisit()).progress).toEqual({ phase: 'done', startedAt: '2026-03-02T09:00:00.000Z', finishedAt: '2026-03-02T11:00:00.000Z' });

    // Reopening a timesheet puts the visit back in progress; completing it again tells the customer nothing new.
    await api(await staff(manager), 'PUT', `/api/office/timesheets/${ben.id}`, { clockedInAt: '2026-03-02T09:00:00.000Z', clockedOutAt: null, reason: 'Still on site' });
    expect(await visitStatus(world.morning)).toBe('in_progress');
    await api(await staff(manager), 'PUT', `/api/office/timesheets/${ben.id}`, correction);
    expect(await visitStatus(world.morning)).toBe('completed');
    const doneMail = await inspect(world.porter.ctx.db).selectFrom('outbox_emails').select('id').where('to_address', '=', world.contact.email).where('subject', 'like', '%terminado%').execute();
    expect(doneMail).toHaveLength(1);
    await api(await staff(manager), 'PUT', `/api/office/timesheets/${ben.id}`, { clockedInAt: '2026-03-02T09:00:00.000Z', clockedOutAt: null, reason: 'Still on site' });
    expect(await visitStatus(world.morning)).toBe('in_progress');
    const onSite = await api(await staff(supervisor), 'GET', '/api/office/on-site?from=2026-03-02T00:00:00.000Z&to=2026-03-03T00:00:00.000Z');
    expect(onSite.json().items).toEqual([{ visitId: world.morning, people: [{ id: world.ben.id, name: 'A technician' }] }]);
  });

  it('records a tap kept on the phone at its own time, from exactly 24 hours back to 2 minutes ahead, and refuses one past either, naming `at`', async () => {
    world.clock.set('2026-03-10T09:30:00Z');
    const refusedAt = async (response: Awaited<ReturnType<typeof clock>>) => {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields).toHaveProperty('at');
    };
    await refusedAt(await clock(world.ana, world.nextMorning, 'in', 'ana-kept-0001', { at: 'yesterday morning' }));
    await refusedAt(await clock(world.ana, world.nextMorning, 'in', 'ana-kept-0002', { at: '2026-03-09T09:29:59.999Z' }));
    await refusedAt(await clock(world.ana, world.nextMorning, 'in', 'ana-kept-0003', { at: '2026-03-10T09:32:00.001Z' }));
    expect(await visitStatus(world.nextMorning)).toBe('scheduled');

    const oldest = await clock(world.ana, world.nextMorning, 'in', 'ana-kept-0004', { at: '2026-03-09T09:30:00.000Z' });
    expect(oldest.statusCode, oldest.body).toBe(200);
    expect(oldest.json()).toMatchObject({ visitStatus: 'in_progress', timesheet: { clockedInAt: '2026-03-09T09:30:00.000Z' } });
    // A phone clock two minutes fast is skew: the time is the server's, never one still to come.
    const aheadOut = await clock(world.ana, world.nextMorning, 'out', 'ana-kept-0005', { at: '2026-03-10T09:32:00.000Z' });
    expect(aheadOut.statusCode, aheadOut.body).toBe(200);
    expect(aheadOut.json().timesheet.clockedOutAt).toBe('2026-03-10T09:30:00.000Z');

    expect((await clock(world.ben, world.nextMorning, 'in', 'ben-kept-0001', { at: '2026-03-10T08:30:00.000Z' })).statusCode).toBe(200);
    await refusedAt(await clock(world.ben, world.nextMorning, 'out', 'ben-kept-0002', { at: '2026-03-10T08:29:59.999Z' }));
    expect(await visitStatus(world.nextMorning)).toBe('in_progress');
  });

  it('answers a phone’s kept clock-in and clock-out sent twice with the first answers, keeping one timesheet with the first times', async () => {
    world.clock.set('2026-03-09T18:00:00Z');
    const writes = [
      { way: 'in', clientId: 'ana-queue-in-01', at: '2026-03-09T14:03:00.000Z' },
      { way: 'out', clientId: 'ana-queue-out-01', at: '2026-03-09T16:01:00.000Z' },
    ] as const;
    const sendQueue = async () => {
      const answers = [];
      for (const write of writes) answers.push(await clock(world.ana, world.nextAfternoon, write.way, write.clientId, { at: write.at }));
      return answers;
    };
    const first = await sendQueue();
    expect(first.map((answer) => answer.statusCode)).toEqual([200, 200]);
    expect(first.map((answer) => answer.json())).toMatchObject([
      { visitStatus: 'in_progress', timesheet: { clockedInAt: '2026-03-09T14:03:00.000Z', clockedOutAt: null } },
      { visitStatus: 'completed', timesheet: { clockedInAt: '2026-03-09T14:03:00.000Z', clockedOutAt: '2026-03-09T16:01:00.000Z' } },
    ]);

    // The answers were lost and the phone sends the whole queue again a day later, past the 24 hours
    // a new tap may be late by: a write already made is answered, not judged again.
    world.clock.set('2026-03-10T17:00:00Z');
    const again = await sendQueue();
    expect(again.map((answer) => answer.json())).toEqual(first.map((answer) => answer.json()));
    const sheets = await inspect(world.porter.ctx.db).selectFrom('timesheets').select(['clocked_in_at', 'clocked_out_at']).where('visit_id', '=', world.nextAfternoon).execute();
    expect(sheets).toEqual([{ clocked_in_at: '2026-03-09T14:03:00.000Z', clocked_out_at: '2026-03-09T16:01:00.000Z' }]);
    expect(await visitStatus(world.nextAfternoon)).toBe('completed');
  });
});
