import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseKind } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow, minutes } from '../../lib/time.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects } from '../../test/harness.ts';
import { pdfText } from '../../test/pdf-text.ts';

/**
 * A company whose site "Harbour Offices" (two locations) has a cleaning plan at the first; Ana
 * María López and Ben clean it on Monday 2 March 2026 from 10:00 Madrid time and the visit completes; a second
 * visit there has not started. Pat may use the first location, Olga only the second, Carla is
 * another customer's contact, and another company has its own portal user.
 */
async function proofWorld(kind: DatabaseKind) {
  const clock = testClock(new Date('2026-03-02T09:00:00Z'));
  const porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
  const db = inspect(porter.ctx.db);
  const [a, b] = [await createTenant(db), await createTenant(db)];
  const [ana, ben] = [await createStaff(db, a.tenantId, 'technician'), await createStaff(db, a.tenantId, 'technician')];
  await db.updateTable('staff_users').set({ name: 'Ana María López' }).where('id', '=', ana.id).execute();
  await db.updateTable('staff_users').set({ name: 'Ben Okafor' }).where('id', '=', ben.id).execute();
  const site = await createCustomer(db, a.tenantId, { name: 'Harbour Offices', portal: true, locations: 2 });
  const [locationId, secondLocation] = site.locationIds as [string, string];
  await db.updateTable('locations').set({ time_zone: 'Europe/Madrid' }).where('id', '=', locationId).execute();
  const stamp = isoNow();
  const areaId = newId();
  await db.insertInto('cleaning_plan_areas').values({ id: areaId, tenant_id: a.tenantId, location_id: locationId, name: 'Lobby', notes: null, position: 0, created_at: stamp, updated_at: stamp }).execute();
  const task = (text: string, position: number) => ({ id: newId(), tenant_id: a.tenantId, location_id: locationId, area_id: areaId, text, frequency: 'every_visit' as const, position, created_at: stamp, updated_at: stamp });
  await db.insertInto('cleaning_plan_tasks').values([task('Vacuum the mats', 0), task('Polish the glass doors', 1)]).execute();
  const visit = async (startsAt: string) => {
    const id = newId();
    await db
      .insertInto('visits')
      .values({ id, tenant_id: a.tenantId, customer_id: site.id, location_id: locationId, account_service_id: null, original_date: null, name: 'Office clean', starts_at: startsAt, duration_minutes: 120, status: 'scheduled', price: 9000, notes: null, created_at: stamp, updated_at: stamp })
      .execute();
    for (const staffId of [ana.id, ben.id]) await db.insertInto('visit_team').values({ tenant_id: a.tenantId, visit_id: id, staff_user_id: staffId }).execute();
    return id;
  };
  const other = await createCustomer(db, a.tenantId, { portal: true });
  const foreign = await createCustomer(db, b.tenantId, { portal: true });
  return {
    porter,
    clock,
    a,
    b,
    ana,
    ben,
    locationId,
    done: await visit('2026-03-02T09:00:00.000Z'),
    open: await visit('2026-03-09T09:00:00.000Z'),
    pat: await createPortalUser(db, a.tenantId, site.id, [locationId]),
    olga: await createPortalUser(db, a.tenantId, site.id, [secondLocation]),
    carla: await createPortalUser(db, a.tenantId, other.id, other.locationIds),
    stranger: await createPortalUser(db, b.tenantId, foreign.id, foreign.locationIds),
    admin: await createStaff(db, a.tenantId, 'admin'),
    manager: await createStaff(db, a.tenantId, 'manager'),
  };
}

async function photoForm(fields: Record<string, string>) {
  const image = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#6a8' } }).jpeg().toBuffer();
  const boundary = `----porter${newId()}`;
  const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  const file = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="before.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  return { payload: Buffer.concat([...parts, file, image, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe.each(testDialects())('the proof of service on %s', (kind) => {
  let world: Awaited<ReturnType<typeof proofWorld>>;
  const staff = (person: { email: string }) => signInStaff(world.porter, person.email);
  const field = async (person: { email: string }, method: 'POST' | 'PUT', url: string, payload: object) => callApi(world.porter, await staff(person), method, url, payload);
  const portal = async (person: { email: string }, url: string, headers: Record<string, string> = {}) =>
    world.porter.app.inject({ method: 'GET', url, headers: { cookie: await signInPortal(world.porter, world.a.slug, person.email), ...headers } });
  const reportUrl = (visitId: string, slug = world.a.slug) => `/api/portal/${slug}/visits/${visitId}/proof-of-service`;
  const sendPhoto = async (visitId: string, clientId: string) => {
    const form = await photoForm({ clientId, kind: 'before' });
    return world.porter.app.inject({ method: 'POST', url: `/api/field/visits/${visitId}/photos`, headers: { cookie: await staff(world.ana), 'content-type': form.contentType }, payload: form.payload });
  };
  let openPhotoId: string;

  beforeAll(async () => {
    world = await proofWorld(kind);
    const { ana, ben, done, open } = world;
    for (const person of [ana, ben]) expect((await field(person, 'POST', `/api/field/visits/${done}/clock-in`, { clientId: `${person.id}-in-done` })).statusCode).toBe(200);
    world.clock.advance(minutes(30));
    const work = await callApi(world.porter, await staff(ana), 'GET', `/api/field/visits/${done}/work`);
    const vacuum = work.json().areas[0].tasks[0].id;
    await field(ana, 'PUT', `/api/field/visits/${done}/checklist/${vacuum}`, { clientId: 'ana-tick-vacuum', done: true });
    await field(ana, 'POST', `/api/field/visits/${done}/notes`, { clientId: 'ana-note-customer', text: 'Left the spare mats by the reception desk.', forCustomer: true });
    await field(ben, 'POST', `/api/field/visits/${done}/notes`, { clientId: 'ben-note-internal', text: 'The alarm code sticks.' });
    await field(ben, 'POST', `/api/field/visits/${done}/notes`, { clientId: 'ben-note-problem', text: 'The vacuum cable is split.', problem: true });
    expect((await sendPhoto(done, 'ana-photo-done')).statusCode).toBe(200);
    // Ana clocks in at the next visit too, so it is under way when she photographs it.
    expect((await field(ana, 'POST', `/api/field/visits/${open}/clock-in`, { clientId: 'ana-in-open' })).statusCode).toBe(200);
    openPhotoId = (await sendPhoto(open, 'ana-photo-open')).json().photos[0].file.id;
    world.clock.advance(minutes(60));
    for (const person of [ana, ben]) expect((await field(person, 'POST', `/api/field/visits/${done}/clock-out`, { clientId: `${person.id}-out-done` })).statusCode).toBe(200);
  });
  afterAll(() => world.porter.close());

  it('shows the customer who worked when by first name, the checklist, their notes and the photos — never internal notes, problems or full names', async () => {
    const response = await portal(world.pat, reportUrl(world.done));
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.visit).toEqual({ id: world.done, name: 'Office clean', startsAt: '2026-03-02T09:00:00.000Z', locationId: world.locationId, locationName: 'Site 1', address: '1 Test Street', timeZone: 'Europe/Madrid' });
    expect(report.times).toEqual([
      { firstName: 'Ana', clockedInAt: '2026-03-02T09:00:00.000Z', clockedOutAt: '2026-03-02T10:30:00.000Z' },
      { firstName: 'Ben', clockedInAt: '2026-03-02T09:00:00.000Z', clockedOutAt: '2026-03-02T10:30:00.000Z' },
    ]);
    expect(report.work.areas).toEqual([
      {
        name: 'Lobby',
        tasks: [
          { id: expect.any(String), text: 'Vacuum the mats', done: true, doneAt: '2026-03-02T09:30:00.000Z', doneBy: 'Ana' },
          { id: expect.any(String), text: 'Polish the glass doors', done: false, doneAt: null, doneBy: null },
        ],
      },
    ]);
    expect(report.work.notes).toEqual([expect.objectContaining({ text: 'Left the spare mats by the reception desk.', author: 'Ana', forCustomer: true, problem: false })]);
    expect(report.work.photos).toEqual([expect.objectContaining({ kind: 'before', author: 'Ana' })]);
    expect(report.work.photos[0].file.url).toMatch(new RegExp(`^/api/portal/${world.a.slug}/attachments/`));
    expect(report.work.canChange).toBe(false);
    for (const hidden of ['López', 'Okafor', 'alarm code', 'cable']) expect(response.body).not.toContain(hidden);
  });

  it('answers 404 for a visit not completed, at a location the person may not use, of another customer or company; 401 without a session', async () => {
    expect((await portal(world.pat, reportUrl(world.open))).statusCode).toBe(404);
    expect((await portal(world.olga, reportUrl(world.done))).statusCode).toBe(404);
    expect((await portal(world.carla, reportUrl(world.done))).statusCode).toBe(404);
    const stranger = await signInPortal(world.porter, world.b.slug, world.stranger.email);
    expect((await callApi(world.porter, stranger, 'GET', reportUrl(world.done, world.b.slug))).statusCode).toBe(404);
    expect((await callApi(world.porter, stranger, 'GET', `${reportUrl(world.done, world.b.slug)}.pdf`)).statusCode).toBe(404);
    expect((await portal(world.olga, `${reportUrl(world.done)}.pdf`)).statusCode).toBe(404);
    expect((await world.porter.app.inject({ url: reportUrl(world.done) })).statusCode).toBe(401);
  });

  it('writes the PDF in the reader’s language with the times, the checklist, the customer’s notes and the photo', async () => {
    const response = await portal(world.pat, `${reportUrl(world.done)}.pdf`, { 'accept-language': 'es' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('comprobante-de-servicio-site-1-2026-03-02.pdf');
    expect(response.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(response.rawPayload);
    for (const words of [`Company ${world.a.slug}`, 'Comprobante de servicio', 'Site 1', 'Quién trabajó', 'Horas según el reloj de Site 1 (CET).', 'Ana', 'Entrada 10:00   Salida 11:30', 'Vacuum the mats', 'Hecho por Ana, 10:30', 'No hecho', 'Left the spare mats', 'Antes']) {
      expect(text).toContain(words);
    }
    for (const hidden of ['López', 'alarm code', 'cable']) expect(text).not.toContain(hidden);
    // The photo is in it, as an image.
    expect(response.rawPayload.toString('latin1')).toContain('/Subtype /Image');
  });

  it('lets the location’s portal users open a completed visit’s photo; others, and photos of a visit under way, answer 404', async () => {
    const { photos } = (await portal(world.pat, reportUrl(world.done))).json().work;
    expect((await portal(world.pat, photos[0].file.url)).statusCode).toBe(200);
    expect((await portal(world.pat, photos[0].file.thumbnailUrl)).statusCode).toBe(200);
    expect((await portal(world.olga, photos[0].file.url)).statusCode).toBe(404);
    expect((await portal(world.carla, photos[0].file.url)).statusCode).toBe(404);
    expect((await portal(world.pat, `/api/portal/${world.a.slug}/attachments/${openPhotoId}`)).statusCode).toBe(404);
  });

  it('lets admins switch the proof of service emails on; managers may not read or change it; each company has its own', async () => {
    const url = '/api/office/settings/field';
    const admin = await staff(world.admin);
    expect((await callApi(world.porter, admin, 'GET', url)).json()).toEqual({ proofOfServiceEmails: false });
    const bad = await callApi(world.porter, admin, 'PUT', url, { proofOfServiceEmails: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('proofOfServiceEmails');
    expect((await callApi(world.porter, admin, 'PUT', url, { proofOfServiceEmails: true })).json()).toEqual({ proofOfServiceEmails: true });
    expect((await callApi(world.porter, admin, 'GET', url)).json()).toEqual({ proofOfServiceEmails: true });
    const manager = await staff(world.manager);
    expect((await callApi(world.porter, manager, 'GET', url)).statusCode).toBe(403);
    expect((await callApi(world.porter, manager, 'PUT', url, { proofOfServiceEmails: false })).statusCode).toBe(403);
    const otherOwner = await signInStaff(world.porter, world.b.ownerEmail);
    expect((await callApi(world.porter, otherOwner, 'GET', url)).json()).toEqual({ proofOfServiceEmails: false });
  });
});
