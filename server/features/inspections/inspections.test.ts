import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionScore } from '../../../shared/features/inspections/inspection-score.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import type { LiveEvent } from '../../platform/events/event-bus.ts';
import { callApi, cookieFrom, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';
import { trendsOf } from './inspections.service.ts';

const json = { 'content-type': 'application/json' };

/** A photo form as the field app's queue sends it: text fields, then a JPEG that carries a camera make in its EXIF. */
async function queuedPhotoForm(fields: Record<string, string>) {
  const image = await sharp({ create: { width: 320, height: 240, channels: 3, background: '#6a8' } }).jpeg().withMetadata({ exif: { IFD0: { Make: 'PhoneCo' } } }).toBuffer();
  const boundary = `----porter${newId()}`;
  const parts = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  const file = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="kitchen.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
  return { payload: Buffer.concat([...parts, file, image, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

function multipart(filename: string, data: Buffer) {
  const boundary = '----porter-inspection-test';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/jpeg\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

describe('the overall score', () => {
  it('is the 1–5 average as a percentage of 5, rounded half up to a whole percent', () => {
    expect(inspectionScore('five_point', [4, 5])).toBe(90);
    expect(inspectionScore('five_point', [5, 5, 5])).toBe(100);
    expect(inspectionScore('five_point', [1])).toBe(20);
    // 13/3 = 4.333… → 86.67 % → 87; 11/3 → 73.33 % → 73.
    expect(inspectionScore('five_point', [4, 4, 5])).toBe(87);
    expect(inspectionScore('five_point', [3, 4, 4])).toBe(73);
    // 33/8 = 4.125 → 82.5 % exactly: half rounds up.
    expect(inspectionScore('five_point', [4, 4, 4, 4, 4, 4, 4, 5])).toBe(83);
  });

  it('is the share of areas passed on pass or fail', () => {
    expect(inspectionScore('pass_fail', [1, 1, 0])).toBe(67);
    expect(inspectionScore('pass_fail', [1, 0, 0])).toBe(33);
    // 1 of 8 = 12.5 % exactly: half rounds up.
    expect(inspectionScore('pass_fail', [1, 0, 0, 0, 0, 0, 0, 0])).toBe(13);
    expect(inspectionScore('pass_fail', [0, 0])).toBe(0);
  });

  it('leaves out areas not rated, and has no score when none was rated', () => {
    expect(inspectionScore('five_point', [null, 4, null, 5])).toBe(90);
    expect(inspectionScore('pass_fail', [null, 0, 1])).toBe(50);
    expect(inspectionScore('five_point', [null, null])).toBeNull();
    expect(inspectionScore('pass_fail', [])).toBeNull();
  });
});

describe('score trends', () => {
  it('keeps each location’s latest twelve scores, oldest first', () => {
    const rows = Array.from({ length: 14 }, (_, i) => ({
      id: `i${13 - i}`,
      location_id: 'a',
      location_name: 'Lobby',
      location_time_zone: 'UTC',
      customer_name: 'Acme',
      score: 60 + (13 - i),
      inspected_at: `2026-01-${String(14 - i).padStart(2, '0')}T10:00:00.000Z`,
    }));
    const [trend] = trendsOf(rows);
    expect(trend!.points).toHaveLength(12);
    expect(trend!.points[0]).toEqual({ inspectionId: 'i2', inspectedAt: '2026-01-03T10:00:00.000Z', score: 62 });
    expect(trend!.points.at(-1)!.score).toBe(73);
  });
});

describe.each(testDialects())('inspections on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let otherOwner: string;
  let manager: string;
  let supervisor: string;
  let technician: string;
  const events: LiveEvent[] = [];
  // Still unless a test moves it, so a time sent from a phone can sit exactly on its bound.
  const clock = testClock();

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);

  async function addAreas(tenantId: TenantId, locationId: string, names: string[]) {
    const stamp = isoNow();
    const rows = names.map((name, position) => ({ id: newId(), tenant_id: tenantId, location_id: locationId, name, notes: null, position, created_at: stamp, updated_at: stamp }));
    await porter.ctx.db.insertInto('cleaning_plan_areas').values(rows).execute();
    return rows.map((row) => row.id);
  }

  async function addVisit(tenantId: TenantId, customerId: string, locationId: string, status: 'completed' | 'scheduled') {
    const id = newId();
    const stamp = isoNow();
    await porter.ctx.db
      .insertInto('visits')
      .values({ id, tenant_id: tenantId, customer_id: customerId, location_id: locationId, account_service_id: null, original_date: null, name: 'Nightly clean', starts_at: '2026-11-30T22:00:00.000Z', duration_minutes: 120, status, price: 0, notes: null, status_reason: null, created_at: stamp, updated_at: stamp })
      .execute();
    return id;
  }

  /** A customer with a plan of three areas, its portal on, and a signed-in portal user of its first location. */
  async function inspectedCustomer(options: { company?: typeof tenant; qualityChecks?: boolean } = {}) {
    const company = options.company ?? tenant;
    const customer = await createCustomer(porter.ctx.db, company.tenantId, { portal: true, features: options.qualityChecks === false ? ['feedback'] : ['qualityChecks'], locations: 2 });
    const locationId = customer.locationIds[0]!;
    const areaIds = await addAreas(company.tenantId, locationId, ['Lobby', 'Restrooms', 'Kitchen']);
    const user = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, [locationId]);
    const login = await porter.app.inject({ method: 'POST', url: `/api/portal/${company.slug}/login`, headers: json, payload: { email: user.email, password: testPassword } });
    return { ...customer, locationId, areaIds, user, cookie: cookieFrom(login) };
  }

  async function inspected(cookie: string, payload: object) {
    const response = await call(cookie, 'POST', '/api/office/inspections', payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  const setQualityChecks = (locationId: string, on: boolean) => porter.ctx.db.updateTable('locations').set({ feature_quality_checks: on }).where('tenant_id', '=', tenant.tenantId).where('id', '=', locationId).execute();

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    porter.ctx.events.subscribe((event) => events.push(event));
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
    otherOwner = await signIn(other.ownerEmail);
    manager = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    supervisor = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    technician = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
  });
  afterAll(() => porter.close());

  it('offers the location’s plan areas and the company’s scale, and stores a scored inspection with snapshots of the names', async () => {
    const customer = await inspectedCustomer();
    const form = await call(supervisor, 'GET', `/api/office/locations/${customer.locationId}/inspection-form`);
    expect(form.json()).toMatchObject({ scale: 'five_point', locationName: 'Site 1', areas: [{ name: 'Lobby' }, { name: 'Restrooms' }, { name: 'Kitchen' }] });

    const [lobby, restrooms] = customer.areaIds;
    const inspection = await inspected(supervisor, {
      locationId: customer.locationId,
      note: ' Good overall. ',
      areas: [
        { areaId: lobby, rating: 4, comment: 'Streaks on the glass door', attachmentIds: [] },
        { areaId: restrooms, rating: 5, comment: '', attachmentIds: [] },
      ],
    });
    // The kitchen was not rated: it is listed, and does not count.
    expect(inspection).toMatchObject({ score: 90, ratedAreas: 2, areaCount: 3, scale: 'five_point', note: 'Good overall.', byCustomer: false, visitId: null });
    expect(inspection.areas.map((a: { name: string; rating: number | null; comment: string | null }) => [a.name, a.rating, a.comment])).toEqual([
      ['Lobby', 4, 'Streaks on the glass door'],
      ['Restrooms', 5, null],
      ['Kitchen', null, null],
    ]);
    // On PostgreSQL the event comes back through LISTEN, a moment after the answer.
    await expect.poll(() => events.at(-1)).toEqual({ tenantId: tenant.tenantId, topic: 'inspections', locationId: customer.locationId, id: inspection.id });

    // Renaming the plan's area later does not rewrite the past inspection.
    await porter.ctx.db.updateTable('cleaning_plan_areas').set({ name: 'Entrance hall' }).where('tenant_id', '=', tenant.tenantId).where('id', '=', lobby!).execute();
    const again = await call(manager, 'GET', `/api/office/inspections/${inspection.id}`);
    expect(again.json().areas[0].name).toBe('Lobby');
  });

  it('stores an inspection with every area unrated without a score, and keeps it out of the trend', async () => {
    const customer = await inspectedCustomer();
    const inspection = await inspected(supervisor, { locationId: customer.locationId, areas: [] });
    expect(inspection).toMatchObject({ score: null, ratedAreas: 0, areaCount: 3 });
    const trends = await call(supervisor, 'GET', `/api/office/inspections/trends?locationId=${customer.locationId}`);
    expect(trends.json()).toEqual({ locations: [] });
  });

  it('rates on pass or fail once the admin chooses it, and refuses ratings off the scale naming the area', async () => {
    const customer = await inspectedCustomer();
    expect((await call(manager, 'PUT', '/api/office/settings/inspections', { scale: 'pass_fail', customersInspectVisits: false })).statusCode).toBe(403);
    const saved = await call(owner, 'PUT', '/api/office/settings/inspections', { scale: 'pass_fail', customersInspectVisits: false });
    expect(saved.json()).toEqual({ scale: 'pass_fail', customersInspectVisits: false });
    try {
      const [a, b, c] = customer.areaIds;
      const refused = await call(supervisor, 'POST', '/api/office/inspections', { locationId: customer.locationId, areas: [{ areaId: a, rating: 4, attachmentIds: [] }] });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields).toEqual({ 'areas.0.rating': 'Choose pass or fail' });
      const inspection = await inspected(supervisor, {
        locationId: customer.locationId,
        areas: [
          { areaId: a, rating: 1, attachmentIds: [] },
          { areaId: b, rating: 1, attachmentIds: [] },
          { areaId: c, rating: 0, attachmentIds: [] },
        ],
      });
      expect(inspection).toMatchObject({ scale: 'pass_fail', score: 67 });
    } finally {
      await call(owner, 'PUT', '/api/office/settings/inspections', { scale: 'five_point', customersInspectVisits: false });
    }
  });

  it('refuses an area not in the plan, a location without areas, and a visit of another location', async () => {
    const customer = await inspectedCustomer();
    const gone = await call(supervisor, 'POST', '/api/office/inspections', { locationId: customer.locationId, areas: [{ areaId: newId(), rating: 3, attachmentIds: [] }] });
    expect(gone.statusCode).toBe(400);
    expect(Object.keys(gone.json().error.fields)).toEqual(['areas.0.areaId']);
    const bare = await call(supervisor, 'POST', '/api/office/inspections', { locationId: customer.locationIds[1], areas: [] });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.fields).toEqual({ areas: 'Add areas to the cleaning plan first' });
    const elsewhere = await addVisit(tenant.tenantId, customer.id, customer.locationIds[1]!, 'completed');
    expect((await call(supervisor, 'POST', '/api/office/inspections', { locationId: customer.locationId, visitId: elsewhere, areas: [] })).statusCode).toBe(404);
    const here = await addVisit(tenant.tenantId, customer.id, customer.locationId, 'scheduled');
    expect((await inspected(supervisor, { locationId: customer.locationId, visitId: here, areas: [] })).visitId).toBe(here);
  });

  it('lets supervisors and above inspect and read, never technicians; another company’s ids are not found', async () => {
    const customer = await inspectedCustomer();
    const theirs = await inspectedCustomer({ company: other });
    const payload = { locationId: customer.locationId, areas: [{ areaId: customer.areaIds[0], rating: 3, attachmentIds: [] }] };
    expect((await call(technician, 'POST', '/api/office/inspections', payload)).statusCode).toBe(403);
    expect((await call(technician, 'GET', '/api/office/inspections')).statusCode).toBe(403);
    expect((await call(technician, 'GET', `/api/office/locations/${customer.locationId}/inspection-form`)).statusCode).toBe(403);
    expect((await call(supervisor, 'GET', '/api/office/settings/inspections')).statusCode).toBe(403);
    const mine = await inspected(manager, payload);
    const foreign = await inspected(otherOwner, { locationId: theirs.locationId, areas: [{ areaId: theirs.areaIds[0], rating: 2, attachmentIds: [] }] });

    expect((await call(owner, 'GET', `/api/office/inspections/${foreign.id}`)).statusCode).toBe(404);
    expect((await call(owner, 'GET', `/api/office/locations/${theirs.locationId}/inspection-form`)).statusCode).toBe(404);
    expect((await call(owner, 'POST', '/api/office/inspections', { locationId: theirs.locationId, areas: [] })).statusCode).toBe(404);
    expect((await call(owner, 'GET', `/api/office/inspections?locationId=${theirs.locationId}`)).statusCode).toBe(404);
    expect((await call(owner, 'GET', `/api/office/inspections/trends?customerId=${theirs.id}`)).statusCode).toBe(404);
    // Another company's area ids do not get into this company's inspection.
    const crossed = await call(owner, 'POST', '/api/office/inspections', { locationId: customer.locationId, areas: [{ areaId: theirs.areaIds[0], rating: 2, attachmentIds: [] }] });
    expect(crossed.statusCode).toBe(400);

    const listed = await call(supervisor, 'GET', `/api/office/inspections?customerId=${customer.id}`);
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: mine.id, score: 60, customerId: customer.id }] });
    const paged = await call(supervisor, 'GET', '/api/office/inspections?pageSize=1&page=2');
    expect(paged.json()).toMatchObject({ page: 2, pageSize: 1 });
    expect(paged.json().items).toHaveLength(1);
  });

  it('keeps photos per area, stripped of their metadata, and shows them to the location’s portal users', async () => {
    const customer = await inspectedCustomer();
    const photo = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#888' } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Make: 'PhoneCo' } } })
      .toBuffer();
    const body = multipart('lobby.jpg', photo);
    const upload = await porter.app.inject({ method: 'POST', url: `/api/office/attachments?locationId=${customer.locationId}`, headers: { cookie: supervisor, 'content-type': body.contentType }, payload: body.payload });
    expect(upload.statusCode, upload.body).toBe(201);
    const inspection = await inspected(supervisor, { locationId: customer.locationId, areas: [{ areaId: customer.areaIds[0], rating: 2, comment: 'Mud by the door', attachmentIds: [upload.json().id] }] });
    expect(inspection.areas[0].photos).toHaveLength(1);

    const portalView = await call(customer.cookie, 'GET', `/api/portal/${tenant.slug}/inspections/${inspection.id}`);
    const served = await call(customer.cookie, 'GET', portalView.json().areas[0].photos[0].url);
    expect(served.statusCode).toBe(200);
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
    await setQualityChecks(customer.locationId, false);
    expect((await call(customer.cookie, 'GET', portalView.json().areas[0].photos[0].url)).statusCode).toBe(404);
    await setQualityChecks(customer.locationId, true);
  });

  it('shows the customer every inspection of their location, with the trend, only while Quality checks is on', async () => {
    const customer = await inspectedCustomer({ qualityChecks: false });
    const first = await inspected(supervisor, { locationId: customer.locationId, areas: [{ areaId: customer.areaIds[0], rating: 3, attachmentIds: [] }] });
    const second = await inspected(supervisor, { locationId: customer.locationId, areas: [{ areaId: customer.areaIds[0], rating: 5, attachmentIds: [] }] });
    const base = `/api/portal/${tenant.slug}`;
    const urls = [`${base}/locations/${customer.locationId}/inspections`, `${base}/locations/${customer.locationId}/inspections/trend`, `${base}/inspections/${first.id}`];

    for (const url of urls) expect((await call(customer.cookie, 'GET', url)).statusCode, url).toBe(404);
    await setQualityChecks(customer.locationId, true);
    const list = await call(customer.cookie, 'GET', urls[0]!);
    expect(list.json().items.map((i: { id: string }) => i.id)).toEqual([second.id, first.id]);
    const trend = await call(customer.cookie, 'GET', urls[1]!);
    expect(trend.json().points.map((p: { score: number }) => p.score)).toEqual([60, 100]);
    const detail = await call(customer.cookie, 'GET', urls[2]!);
    expect(detail.json()).toMatchObject({ id: first.id, score: 60, areas: [{ name: 'Lobby', rating: 3 }, { name: 'Restrooms', rating: null }, { name: 'Kitchen', rating: null }] });

    // Another portal user of the same location sees the same; one of another location or company does not.
    const colleague = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationId]);
    const colleagueLogin = await porter.app.inject({ method: 'POST', url: `${base}/login`, headers: json, payload: { email: colleague.email, password: testPassword } });
    expect((await call(cookieFrom(colleagueLogin), 'GET', urls[2]!)).statusCode).toBe(200);
    const stranger = await inspectedCustomer();
    for (const url of urls) expect((await call(stranger.cookie, 'GET', url)).statusCode, url).toBe(404);
    const otherCompany = await inspectedCustomer({ company: other });
    expect((await call(otherCompany.cookie, 'GET', `/api/portal/${other.slug}/inspections/${first.id}`)).statusCode).toBe(404);
  });

  it('lets a customer inspect a completed visit only when the company allows it', async () => {
    const customer = await inspectedCustomer();
    const done = await addVisit(tenant.tenantId, customer.id, customer.locationId, 'completed');
    const coming = await addVisit(tenant.tenantId, customer.id, customer.locationId, 'scheduled');
    const base = `/api/portal/${tenant.slug}`;
    const payload = (visitId: string) => ({ locationId: customer.locationId, visitId, areas: [{ areaId: customer.areaIds[1], rating: 4, comment: 'Fine', attachmentIds: [] }] });

    expect((await call(customer.cookie, 'GET', `${base}/locations/${customer.locationId}/inspection-form`)).statusCode).toBe(403);
    expect((await call(customer.cookie, 'POST', `${base}/inspections`, payload(done))).statusCode).toBe(403);
    await call(owner, 'PUT', '/api/office/settings/inspections', { scale: 'five_point', customersInspectVisits: true });
    try {
      const form = await call(customer.cookie, 'GET', `${base}/locations/${customer.locationId}/inspection-form`);
      expect(form.json().visits.map((v: { id: string }) => v.id)).toEqual([done]);
      const refused = await call(customer.cookie, 'POST', `${base}/inspections`, payload(coming));
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.fields).toEqual({ visitId: 'Choose a completed visit' });
      const missing = await call(customer.cookie, 'POST', `${base}/inspections`, { ...payload(done), visitId: null });
      expect(missing.json().error.fields).toEqual({ visitId: 'Choose a visit' });
      const created = await call(customer.cookie, 'POST', `${base}/inspections`, payload(done));
      expect(created.statusCode, created.body).toBe(201);
      expect(created.json()).toMatchObject({ byCustomer: true, visitId: done, score: 80, inspectorName: 'Pat Contact' });
      // A location of the same customer not granted to them is not found.
      expect((await call(customer.cookie, 'POST', `${base}/inspections`, { ...payload(done), locationId: customer.locationIds[1] })).statusCode).toBe(404);
    } finally {
      await call(owner, 'PUT', '/api/office/settings/inspections', { scale: 'five_point', customersInspectVisits: false });
    }
  });

  it('takes a customer’s own photos per area, shows them to the location’s portal users and the office, never to another location’s', async () => {
    const customer = await inspectedCustomer();
    const done = await addVisit(tenant.tenantId, customer.id, customer.locationId, 'completed');
    const base = `/api/portal/${tenant.slug}`;
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#579' } }).jpeg().withMetadata({ exif: { IFD0: { Make: 'PhoneCo' } } }).toBuffer();
    const body = multipart('restroom.jpg', photo);
    const uploadPhoto = () =>
      porter.app.inject({ method: 'POST', url: `${base}/locations/${customer.locationId}/attachments?purpose=inspection`, headers: { cookie: customer.cookie, 'content-type': body.contentType }, payload: body.payload });
    // Quality checks alone is on here, no Service requests: the inspection is reason enough, once the company allows it.
    expect((await uploadPhoto()).statusCode).toBe(403);
    await call(owner, 'PUT', '/api/office/settings/inspections', { scale: 'five_point', customersInspectVisits: true });
    try {
      const upload = await uploadPhoto();
      expect(upload.statusCode, upload.body).toBe(201);
      const created = await call(customer.cookie, 'POST', `${base}/inspections`, { locationId: customer.locationId, visitId: done, areas: [{ areaId: customer.areaIds[1], rating: 2, comment: 'Soap empty', attachmentIds: [upload.json().id] }] });
      expect(created.statusCode, created.body).toBe(201);
      const [lobby, restrooms] = created.json().areas;
      expect(lobby.photos).toEqual([]);
      expect(restrooms.photos).toMatchObject([{ id: upload.json().id, fileName: 'restroom.jpg', isImage: true, url: `${base}/attachments/${upload.json().id}` }]);
      const photoUrl: string = restrooms.photos[0].url;

      // A colleague at the same location sees the inspection and opens the photo, stripped of its metadata.
      const colleague = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationId]);
      const colleagueCookie = cookieFrom(await porter.app.inject({ method: 'POST', url: `${base}/login`, headers: json, payload: { email: colleague.email, password: testPassword } }));
      const seen = await call(colleagueCookie, 'GET', `${base}/inspections/${created.json().id}`);
      expect(seen.json().areas[1].photos.map((p: { id: string }) => p.id)).toEqual([upload.json().id]);
      const served = await call(colleagueCookie, 'GET', photoUrl);
      expect(served.statusCode).toBe(200);
      expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
      // The office sees it on the inspection too.
      const office = await call(supervisor, 'GET', `/api/office/inspections/${created.json().id}`);
      expect(office.json().areas[1].photos.map((p: { id: string }) => p.id)).toEqual([upload.json().id]);
      expect((await call(supervisor, 'GET', office.json().areas[1].photos[0].url)).statusCode).toBe(200);

      // A portal user of the customer's other location sees neither the inspection nor the photo.
      const elsewhere = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, [customer.locationIds[1]!]);
      const elsewhereCookie = cookieFrom(await porter.app.inject({ method: 'POST', url: `${base}/login`, headers: json, payload: { email: elsewhere.email, password: testPassword } }));
      expect((await call(elsewhereCookie, 'GET', `${base}/inspections/${created.json().id}`)).statusCode).toBe(404);
      expect((await call(elsewhereCookie, 'GET', photoUrl)).statusCode).toBe(404);
      // Nor can they claim a photo for this location by uploading there.
      expect((await porter.app.inject({ method: 'POST', url: `${base}/locations/${customer.locationId}/attachments?purpose=inspection`, headers: { cookie: elsewhereCookie, 'content-type': body.contentType }, payload: body.payload })).statusCode).toBe(404);
    } finally {
      await call(owner, 'PUT', '/api/office/settings/inspections', { scale: 'five_point', customersInspectVisits: false });
    }
  });

  describe('sent from the field app’s queue', () => {
    const minute = 60_000;
    const at = (offsetMs: number) => new Date(clock.now().getTime() + offsetMs).toISOString();
    const sendPhoto = async (cookie: string, inspectionClientId: string, fields: Record<string, string>) => {
      const form = await queuedPhotoForm(fields);
      return porter.app.inject({ method: 'POST', url: `/api/office/inspections/by-client/${inspectionClientId}/photos`, headers: { cookie, 'content-type': form.contentType }, payload: form.payload });
    };
    const rowsWithClientId = (clientId: string) => porter.ctx.db.selectFrom('inspections').select('id').where('tenant_id', '=', tenant.tenantId).where('client_id', '=', clientId).execute();

    it('answers the same client id again with the first inspection, and refuses it from someone else', async () => {
      const customer = await inspectedCustomer();
      const clientId = `insp-${newId()}`;
      const payload = { locationId: customer.locationId, clientId, inspectedAt: at(-3 * 60 * minute), areas: [{ areaId: customer.areaIds[0], rating: 4, attachmentIds: [] }] };
      const first = await inspected(supervisor, payload);
      expect(first.inspectedAt).toBe(payload.inspectedAt);
      const again = await inspected(supervisor, { ...payload, areas: [{ areaId: customer.areaIds[0], rating: 1, attachmentIds: [] }] });
      expect(again).toMatchObject({ id: first.id, score: 80 });
      expect(await rowsWithClientId(clientId)).toHaveLength(1);
      const taken = await call(manager, 'POST', '/api/office/inspections', payload);
      expect(taken.statusCode).toBe(409);
      expect(await rowsWithClientId(clientId)).toHaveLength(1);
      // The id is unique in a company: another company's device may make the same one.
      const theirs = await inspectedCustomer({ company: other });
      expect((await call(otherOwner, 'POST', '/api/office/inspections', { ...payload, locationId: theirs.locationId, areas: [{ areaId: theirs.areaIds[0], rating: 2, attachmentIds: [] }] })).statusCode).toBe(201);
    });

    it('counts from when it was filled in: up to 24 hours back and 2 minutes ahead, never later than now', async () => {
      const customer = await inspectedCustomer();
      const send = (inspectedAt: string) => call(supervisor, 'POST', '/api/office/inspections', { locationId: customer.locationId, inspectedAt, areas: [{ areaId: customer.areaIds[0], rating: 3, attachmentIds: [] }] });
      const oldest = await send(at(-24 * 60 * minute));
      expect(oldest.statusCode, oldest.body).toBe(201);
      expect(oldest.json().inspectedAt).toBe(at(-24 * 60 * minute));
      const tooOld = await send(at(-24 * 60 * minute - 1));
      expect(tooOld.statusCode).toBe(400);
      expect(Object.keys(tooOld.json().error.fields)).toEqual(['inspectedAt']);
      const ahead = await send(at(2 * minute));
      expect(ahead.statusCode, ahead.body).toBe(201);
      expect(ahead.json().inspectedAt).toBe(at(0));
      const tooFarAhead = await send(at(2 * minute + 1));
      expect(tooFarAhead.statusCode).toBe(400);
      expect(Object.keys(tooFarAhead.json().error.fields)).toEqual(['inspectedAt']);
    });

    it('attaches a photo sent after its inspection to the area at its position, once however often it is sent, without its metadata', async () => {
      const customer = await inspectedCustomer();
      const clientId = `insp-${newId()}`;
      await inspected(supervisor, { locationId: customer.locationId, clientId, areas: [{ areaId: customer.areaIds[2], rating: 5, attachmentIds: [] }] });
      const photoId = `photo-${newId()}`;
      const sent = await sendPhoto(supervisor, clientId, { clientId: photoId, area: '2' });
      expect(sent.statusCode, sent.body).toBe(200);
      expect(sent.json().areas.map((area: { photos: unknown[] }) => area.photos.length)).toEqual([0, 0, 1]);
      const again = await sendPhoto(supervisor, clientId, { clientId: photoId, area: '2' });
      expect(again.statusCode).toBe(200);
      expect(again.json().areas[2].photos.map((p: { id: string }) => p.id)).toEqual(sent.json().areas[2].photos.map((p: { id: string }) => p.id));
      expect(await porter.ctx.db.selectFrom('inspection_photos').select('id').where('tenant_id', '=', tenant.tenantId).where('client_id', '=', photoId).execute()).toHaveLength(1);
      const served = await call(supervisor, 'GET', sent.json().areas[2].photos[0].url);
      expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
      // The photo's id belongs to this inspection: sent with another one, it is refused.
      const elsewhere = `insp-${newId()}`;
      await inspected(supervisor, { locationId: customer.locationId, clientId: elsewhere, areas: [] });
      expect((await sendPhoto(supervisor, elsewhere, { clientId: photoId, area: '0' })).statusCode).toBe(409);
    });

    it('refuses a photo for an area the inspection lacks, or without its own client id, naming the field', async () => {
      const customer = await inspectedCustomer();
      const clientId = `insp-${newId()}`;
      await inspected(supervisor, { locationId: customer.locationId, clientId, areas: [] });
      const noArea = await sendPhoto(supervisor, clientId, { clientId: `photo-${newId()}`, area: '3' });
      expect(noArea.statusCode).toBe(400);
      expect(Object.keys(noArea.json().error.fields)).toEqual(['area']);
      const noId = await sendPhoto(supervisor, clientId, { area: '0' });
      expect(noId.statusCode).toBe(400);
      expect(Object.keys(noId.json().error.fields)).toEqual(['clientId']);
    });

    it('keeps at most six photos on an area', async () => {
      const customer = await inspectedCustomer();
      const clientId = `insp-${newId()}`;
      await inspected(supervisor, { locationId: customer.locationId, clientId, areas: [] });
      for (let i = 0; i < 6; i += 1) expect((await sendPhoto(supervisor, clientId, { clientId: `photo-${newId()}`, area: '0' })).statusCode).toBe(200);
      const seventh = await sendPhoto(supervisor, clientId, { clientId: `photo-${newId()}`, area: '0' });
      expect(seventh.statusCode).toBe(400);
      expect(Object.keys(seventh.json().error.fields)).toEqual(['file']);
    });

    it('finds the inspection only among this person’s own: another person’s or company’s is not found, and technicians may not send photos', async () => {
      const customer = await inspectedCustomer();
      const clientId = `insp-${newId()}`;
      await inspected(supervisor, { locationId: customer.locationId, clientId, areas: [] });
      expect((await sendPhoto(manager, clientId, { clientId: `photo-${newId()}`, area: '0' })).statusCode).toBe(404);
      expect((await sendPhoto(otherOwner, clientId, { clientId: `photo-${newId()}`, area: '0' })).statusCode).toBe(404);
      expect((await sendPhoto(technician, clientId, { clientId: `photo-${newId()}`, area: '0' })).statusCode).toBe(403);
      const inspection = await porter.ctx.db.selectFrom('inspections').select('id').where('tenant_id', '=', tenant.tenantId).where('client_id', '=', clientId).executeTakeFirstOrThrow();
      expect((await call(supervisor, 'GET', `/api/office/inspections/${inspection.id}`)).json().areas[0].photos).toEqual([]);
    });
  });
});
