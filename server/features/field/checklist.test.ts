import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxVisitNoteLength } from '../../../shared/features/field/checklist.contract.ts';
import type { DatabaseKind } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInStaff, startTestPorter, testClock, testDialects } from '../../test/harness.ts';
import { dueFrequencies } from './checklist.service.ts';

describe('which of the plan’s tasks are due on a visit', () => {
  const zone = 'America/New_York';
  const at = (iso: string) => new Date(iso);

  it('asks every visit’s tasks always, weekly ones on the first visit of the week on the location’s clock, monthly ones on the first of the month', () => {
    // Monday 2 March 2026, 09:00 in New York; the week's Sunday ends at 05:00 UTC on Monday.
    const monday = at('2026-03-02T14:00:00Z');
    expect([...dueFrequencies(monday, zone, [])].sort()).toEqual(['every_visit', 'monthly', 'weekly']);
    // Saturday 28 February, 23:59 in New York (already March in UTC): another week and month, so both are due.
    expect([...dueFrequencies(monday, zone, [at('2026-03-01T04:59:00Z')])].sort()).toEqual(['every_visit', 'monthly', 'weekly']);
    // Sunday 1 March, 23:59 in New York: the same month, the week before.
    expect([...dueFrequencies(monday, zone, [at('2026-03-02T04:59:00Z')])].sort()).toEqual(['every_visit', 'weekly']);
    // Monday 00:00 in New York: the same week and month, so neither is due again.
    expect([...dueFrequencies(monday, zone, [at('2026-03-02T05:00:00Z')])]).toEqual(['every_visit']);
    // A later visit never counts as an earlier one.
    expect([...dueFrequencies(monday, zone, [at('2026-03-03T14:00:00Z')])].sort()).toEqual(['every_visit', 'monthly', 'weekly']);
  });
});

/**
 * A company with a site whose cleaning plan has an every-visit, a weekly and a monthly task; Ana
 * and Ben clean it on Monday 2 March and Thursday 5 March 2026; Carl is on neither visit; another
 * company has its own visit. The clock starts on the Monday morning.
 */
async function checklistWorld(kind: DatabaseKind) {
  const clock = testClock(new Date('2026-03-02T09:30:00Z'));
  const porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
  const db = inspect(porter.ctx.db);
  const [a, b] = [await createTenant(db), await createTenant(db)];
  const [ana, ben, carl, supervisor] = [
    await createStaff(db, a.tenantId, 'technician'),
    await createStaff(db, a.tenantId, 'technician'),
    await createStaff(db, a.tenantId, 'technician'),
    await createStaff(db, a.tenantId, 'supervisor'),
  ];
  await db.updateTable('staff_users').set({ name: 'Ana María López' }).where('id', '=', ana.id).execute();
  const site = await createCustomer(db, a.tenantId, { name: 'Harbour Offices', portal: true });
  const locationId = site.locationIds[0]!;
  const stamp = isoNow();
  const areaId = newId();
  await db.insertInto('cleaning_plan_areas').values({ id: areaId, tenant_id: a.tenantId, location_id: locationId, name: 'Lobby', notes: null, position: 0, created_at: stamp, updated_at: stamp }).execute();
  const task = (text: string, frequency: 'every_visit' | 'weekly' | 'monthly', position: number) => ({
    id: newId(), tenant_id: a.tenantId, location_id: locationId, area_id: areaId, text, frequency, position, created_at: stamp, updated_at: stamp,
  });
  await db.insertInto('cleaning_plan_tasks').values([task('Vacuum the mats', 'every_visit', 0), task('Polish the glass doors', 'weekly', 1), task('Dust the high ledges', 'monthly', 2)]).execute();

  async function visit(tenantId: string, customerId: string, at: string, team: string[]) {
    const id = newId();
    await db
      .insertInto('visits')
      .values({ id, tenant_id: tenantId, customer_id: customerId, location_id: tenantId === a.tenantId ? locationId : foreignLocation, account_service_id: null, original_date: null, name: 'Office clean', starts_at: at, duration_minutes: 120, status: 'scheduled', price: 9000, notes: null, created_at: stamp, updated_at: stamp })
      .execute();
    for (const staffId of team) await db.insertInto('visit_team').values({ tenant_id: tenantId, visit_id: id, staff_user_id: staffId }).execute();
    return id;
  }
  const other = await createCustomer(db, b.tenantId, { portal: true });
  const foreignLocation = other.locationIds[0]!;
  const bTech = await createStaff(db, b.tenantId, 'technician');
  return {
    porter,
    clock,
    a,
    ana,
    ben,
    carl,
    supervisor,
    bTech,
    monday: await visit(a.tenantId, site.id, '2026-03-02T09:00:00.000Z', [ana.id, ben.id]),
    thursday: await visit(a.tenantId, site.id, '2026-03-05T09:00:00.000Z', [ana.id]),
    foreign: await visit(b.tenantId, other.id, '2026-03-02T09:00:00.000Z', [bTech.id]),
  };
}

/** A multipart photo form: text fields, then a JPEG that carries a camera make in its EXIF. */
async function photoForm(fields: Record<string, string>) {
  const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#6a8' } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Make: 'PhoneCo' } } })
    .toBuffer();
  const boundary = `----porter${newId()}`;
  const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  const file = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="after.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  return { payload: Buffer.concat([...parts, file, image, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(testDialects())('a visit’s checklist, notes and photos on %s', (kind) => {
  let world: Awaited<ReturnType<typeof checklistWorld>>;
  const staff = (person: { email: string }) => signInStaff(world.porter, person.email);
  const api = async (person: { email: string }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(world.porter, await staff(person), method, url, payload);
  const work = async (person: { email: string }, visitId: string) => api(person, 'GET', `/api/field/visits/${visitId}/work`);
  const tick = (person: { email: string }, visitId: string, taskId: string, clientId: string, done: boolean) =>
    api(person, 'PUT', `/api/field/visits/${visitId}/checklist/${taskId}`, { clientId, done });
  const sendPhoto = async (person: { email: string }, visitId: string, fields: Record<string, string>) => {
    const form = await photoForm(fields);
    return world.porter.app.inject({ method: 'POST', url: `/api/field/visits/${visitId}/photos`, headers: { cookie: await staff(person), 'content-type': form.contentType }, payload: form.payload });
  };
  const db = () => inspect(world.porter.ctx.db);

  beforeAll(async () => {
    world = await checklistWorld(kind);
  });
  afterAll(() => world.porter.close());

  it('copies the plan’s tasks due on the visit, keeps the copy when the plan changes, and shows it only to the team', async () => {
    const monday = await work(world.ana, world.monday);
    expect(monday.statusCode, monday.body).toBe(200);
    expect(monday.json()).toMatchObject({ canChange: true, notes: [], photos: [] });
    expect(monday.json().areas).toEqual([
      {
        name: 'Lobby',
        tasks: [
          { id: expect.any(String), text: 'Vacuum the mats', done: false, doneAt: null, doneBy: null },
          { id: expect.any(String), text: 'Polish the glass doors', done: false, doneAt: null, doneBy: null },
          { id: expect.any(String), text: 'Dust the high ledges', done: false, doneAt: null, doneBy: null },
        ],
      },
    ]);
    // The office looking at a visit nobody has opened copies nothing: the team works from the plan of its day.
    expect((await api(world.supervisor, 'GET', `/api/office/visits/${world.thursday}/work`)).json().areas).toEqual([]);
    expect(await db().selectFrom('visit_checklist_items').select('id').where('visit_id', '=', world.thursday).execute()).toEqual([]);
    // Thursday is the site's second visit of the week and month: every visit's task only.
    expect((await work(world.ana, world.thursday)).json().areas[0].tasks.map((t: { text: string }) => t.text)).toEqual(['Vacuum the mats']);

    await db().updateTable('cleaning_plan_tasks').set({ text: 'Vacuum and shampoo the mats' }).where('text', '=', 'Vacuum the mats').execute();
    expect((await work(world.ben, world.monday)).json().areas[0].tasks[0].text).toBe('Vacuum the mats');

    expect((await work(world.carl, world.monday)).statusCode).toBe(404);
    expect((await work(world.ana, world.foreign)).statusCode).toBe(404);
    expect((await work(world.bTech, world.monday)).statusCode).toBe(404);
    // The office reads it from supervisor up; a technician may not use the office's route.
    expect((await api(world.supervisor, 'GET', `/api/office/visits/${world.monday}/work`)).json().areas[0].tasks).toHaveLength(3);

    expect((await api(world.ana, 'GET', `/api/office/visits/${world.monday}/work`)).statusCode).toBe(403);
    expect((await api(world.supervisor, 'GET', `/api/office/visits/${world.foreign}/work`)).statusCode).toBe(404);
  });

  it('ticks and unticks by the latest tap; the same taps sent twice change nothing and write nothing twice', async () => {
    const [vacuum, polish] = (await work(world.ana, world.monday)).json().areas[0].tasks as { id: string }[];
    const taps = [
      () => tick(world.ana, world.monday, vacuum!.id, 'ana-tick-vacuum-1', true),
      () => tick(world.ana, world.monday, polish!.id, 'ana-tick-polish-1', true),
      () => tick(world.ana, world.monday, polish!.id, 'ana-tick-polish-2', false),
    ];
    const first = [];
    for (const tap of taps) first.push(await tap());
    expect(first.map((response) => response.statusCode)).toEqual([200, 200, 200]);
    // The offline queue sends the same writes again after a lost answer: nothing changes.
    for (const tap of taps) expect((await tap()).json()).toEqual(first.at(-1)!.json());
    const tasks = first.at(-1)!.json().areas[0].tasks;
    expect(tasks[0]).toMatchObject({ done: true, doneBy: 'Ana', doneAt: '2026-03-02T09:30:00.000Z' });
    expect(tasks[1]).toMatchObject({ done: false, doneBy: null });
    expect(await db().selectFrom('visit_checklist_ticks').select('id').where('visit_id', '=', world.monday).execute()).toHaveLength(3);

    // Someone else's id is not a replay of theirs; another visit's task is not on this checklist.
    expect((await tick(world.ben, world.monday, vacuum!.id, 'ana-tick-vacuum-1', false)).statusCode).toBe(409);
    const thursdayTask = (await work(world.ana, world.thursday)).json().areas[0].tasks[0].id;
    expect((await tick(world.ana, world.monday, thursdayTask, 'ana-tick-wrong-1', true)).statusCode).toBe(404);
    const bad = await tick(world.ana, world.monday, vacuum!.id, 'x', true);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('clientId');
    expect((await tick(world.carl, world.monday, vacuum!.id, 'carl-tick-0001', true)).statusCode).toBe(404);
  });

  it(`keeps notes up to ${maxVisitNoteLength} characters; a flagged problem tells the office; a replay adds nothing`, async () => {
    const url = `/api/field/visits/${world.monday}/notes`;
    const tooLong = await api(world.ana, 'POST', url, { clientId: 'ana-note-long', text: 'x'.repeat(maxVisitNoteLength + 1) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields).toHaveProperty('text');
    expect((await api(world.ana, 'POST', url, { clientId: 'ana-note-full', text: 'y'.repeat(maxVisitNoteLength) })).statusCode).toBe(200);

    const note = { clientId: 'ana-note-0001', text: 'Left the spare mats by the reception desk.', forCustomer: true };
    expect((await api(world.ana, 'POST', url, note)).statusCode).toBe(200);
    const problem = { clientId: 'ben-note-0001', text: 'The vacuum’s cable is split; I stopped using it.', problem: true };
    const flagged = await api(world.ben, 'POST', url, problem);
    expect(flagged.statusCode, flagged.body).toBe(200);
    await api(world.ben, 'POST', url, problem);
    const notes = (await api(world.ana, 'GET', `/api/field/visits/${world.monday}/work`)).json().notes;
    expect(notes.map((n: { text: string; forCustomer: boolean; problem: boolean }) => [n.text.slice(0, 12), n.forCustomer, n.problem])).toEqual([
      ['yyyyyyyyyyyy', false, false],
      ['Left the spa', true, false],
      ['The vacuum’s', false, true],
    ]);
    // Only the visit's team writes on it: nobody else, in this company or another.
    expect((await api(world.carl, 'POST', url, { clientId: 'carl-note-0001', text: 'Not my visit' })).statusCode).toBe(404);
    expect((await api(world.bTech, 'POST', url, { clientId: 'btech-note-0001', text: 'Not my company' })).statusCode).toBe(404);
    const told = await db().selectFrom('staff_notifications').select(['staff_user_id', 'kind', 'link']).where('kind', '=', 'visit_problem').execute();
    // The owner (manager and up) hears once, whatever the replays; technicians never do.
    expect(told).toHaveLength(1);
    expect(told[0]!.link).toBe(`/office/schedule?view=day&date=2026-03-02&locationId=${(await db().selectFrom('visits').select('location_id').where('id', '=', world.monday).executeTakeFirstOrThrow()).location_id}`);
  });

  it('keeps a before or after photo without its metadata, once per client id, and names a wrong field', async () => {
    const sent = await sendPhoto(world.ana, world.monday, { clientId: 'ana-photo-0001', kind: 'after' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().photos).toEqual([expect.objectContaining({ kind: 'after', author: 'Ana María López', file: expect.objectContaining({ isImage: true }) })]);
    expect((await sendPhoto(world.ana, world.monday, { clientId: 'ana-photo-0001', kind: 'after' })).json().photos).toHaveLength(1);
    const file = sent.json().photos[0].file;
    const fetchAs = async (person: { email: string }, url: string) => world.porter.app.inject({ method: 'GET', url, headers: { cookie: await staff(person) } });
    const served = await fetchAs(world.ben, file.url);
    expect(served.statusCode).toBe(200);
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
    expect((await fetchAs(world.ben, file.thumbnailUrl)).headers['content-type']).toBe('image/webp');
    // Only the visit's team opens it here: not a technician of another visit, nor through another visit of theirs.
    expect((await fetchAs(world.carl, file.url)).statusCode).toBe(404);
    expect((await fetchAs(world.ana, file.url.replace(world.monday, world.thursday))).statusCode).toBe(404);
    const office = (await api(world.supervisor, 'GET', `/api/office/visits/${world.monday}/work`)).json().photos[0].file;
    expect((await fetchAs(world.supervisor, office.url)).statusCode).toBe(200);

    const wrongKind = await sendPhoto(world.ana, world.monday, { clientId: 'ana-photo-0002', kind: 'during' });
    expect(wrongKind.statusCode).toBe(400);
    expect(wrongKind.json().error.fields).toHaveProperty('kind');
    expect((await sendPhoto(world.carl, world.monday, { clientId: 'carl-photo-0001', kind: 'before' })).statusCode).toBe(404);
  });

  it('copies the checklist when the first person clocks in, if nobody opened the visit before', async () => {
    const tuesday = await db().insertInto('visits').values({
      id: newId(), tenant_id: world.a.tenantId, customer_id: (await db().selectFrom('visits').select('customer_id').where('id', '=', world.monday).executeTakeFirstOrThrow()).customer_id,
      location_id: (await db().selectFrom('visits').select('location_id').where('id', '=', world.monday).executeTakeFirstOrThrow()).location_id,
      account_service_id: null, original_date: null, name: 'Office clean', starts_at: '2026-03-03T09:00:00.000Z', duration_minutes: 60, status: 'scheduled', price: 9000, notes: null,
      created_at: isoNow(), updated_at: isoNow(),
    }).returning('id').executeTakeFirstOrThrow();
    await db().insertInto('visit_team').values({ tenant_id: world.a.tenantId, visit_id: tuesday.id, staff_user_id: world.ben.id }).execute();
    const clockedIn = await api(world.ben, 'POST', `/api/field/visits/${tuesday.id}/clock-in`, { clientId: 'ben-in-tuesday' });
    expect(clockedIn.statusCode, clockedIn.body).toBe(200);
    const copied = await db().selectFrom('visit_checklist_items').select('task_text').where('visit_id', '=', tuesday.id).execute();
    expect(copied.map((item) => item.task_text)).toEqual(['Vacuum and shampoo the mats']);
  });

  it('closes the checklist, notes and photos once the visit is completed; a replay of an earlier write still answers', async () => {
    await db().updateTable('visits').set({ status: 'completed' }).where('id', '=', world.monday).execute();
    const after = await work(world.ana, world.monday);
    expect(after.json().canChange).toBe(false);
    const vacuum = after.json().areas[0].tasks[0].id;
    const late = await tick(world.ana, world.monday, vacuum, 'ana-tick-late-1', false);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/finished/);
    expect((await tick(world.ana, world.monday, vacuum, 'ana-tick-vacuum-1', true)).statusCode).toBe(200);
    expect((await api(world.ana, 'POST', `/api/field/visits/${world.monday}/notes`, { clientId: 'ana-note-late', text: 'Forgot one' })).statusCode).toBe(409);
  });
});
