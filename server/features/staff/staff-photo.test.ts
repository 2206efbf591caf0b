import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { staffPhotoKey, staffPhotoSide } from '../../platform/attachments/staff-photos.ts';
import { asTenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

/** A multipart form with one file in `field`. */
function form(data: Buffer, field = 'file', fileName = 'me.jpg') {
  const boundary = `----porter${newId()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: image/jpeg\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A large, wide camera JPEG carrying a camera make and a GPS position in its EXIF. */
function cameraPhoto() {
  return sharp({ create: { width: 1600, height: 900, channels: 3, background: '#6a8' } })
    .jpeg({ quality: 95 })
    .withMetadata({ exif: { IFD0: { Make: 'PhoneCo' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '51/1 30/1 0/1' } } })
    .toBuffer();
}

/**
 * A company where Ana (technician) and Ben clean a site with Who's working on, watched by its
 * contact; a second site of the same customer has it off; another contact uses only a third site;
 * another company has its own contact. Times are real: the timesheets are written directly.
 */
async function photoWorld(kind: Parameters<typeof startTestPorter>[0]) {
  const porter: TestPorter = await startTestPorter(kind);
  const db = porter.ctx.db;
  const [a, b] = [await createTenant(db), await createTenant(db)];
  const [ana, ben] = [await createStaff(db, a.tenantId, 'technician'), await createStaff(db, a.tenantId, 'technician')];
  await inspect(db).updateTable('staff_users').set({ name: 'Ana María López' }).where('id', '=', ana.id).execute();
  const office = await createCustomer(db, a.tenantId, { name: 'Harbour Offices', portal: true, features: ['whosWorking'], locations: 2 });
  const [site, dark] = office.locationIds as [string, string];
  await inspect(db).updateTable('locations').set({ feature_whos_working: false }).where('id', '=', dark).execute();
  const elsewhere = await createCustomer(db, a.tenantId, { name: 'Elsewhere', portal: true, features: ['whosWorking'] });
  const contact = await createPortalUser(db, a.tenantId, office.id, [site, dark]);
  const stranger = await createPortalUser(db, a.tenantId, elsewhere.id, elsewhere.locationIds);
  const foreignCustomer = await createCustomer(db, b.tenantId, { portal: true, features: ['whosWorking'] });
  const foreignContact = await createPortalUser(db, b.tenantId, foreignCustomer.id, foreignCustomer.locationIds);
  for (const tenant of [a, b]) await inspect(db).updateTable('tenants').set({ portal_enabled: true }).where('id', '=', tenant.tenantId).execute();

  const now = new Date().toISOString();
  const sheets = new Map<string, string>();
  /** Clocks `staffId` in at a visit of `locationId` starting now. */
  async function clockIn(locationId: string, staffId: string) {
    const visitId = newId();
    await inspect(db).insertInto('visits').values({ id: visitId, tenant_id: a.tenantId, customer_id: office.id, location_id: locationId, account_service_id: null, original_date: null, name: 'Clean', starts_at: now, duration_minutes: 60, status: 'in_progress', price: 0, created_at: now, updated_at: now }).execute();
    const id = newId();
    sheets.set(`${locationId}:${staffId}`, id);
    await inspect(db).insertInto('timesheets').values({ id, tenant_id: a.tenantId, visit_id: visitId, staff_user_id: staffId, clock_in_client_id: `in-${id}`, clocked_in_at: now, clock_in_latitude: null, clock_in_longitude: null, clock_in_accuracy: null, clock_out_client_id: null, clocked_out_at: null, clock_out_latitude: null, clock_out_longitude: null, clock_out_accuracy: null, corrected_at: null, created_at: now, updated_at: now }).execute();
  }
  async function clockOut(locationId: string, staffId: string) {
    await inspect(db).updateTable('timesheets').set({ clocked_out_at: new Date().toISOString() }).where('id', '=', sheets.get(`${locationId}:${staffId}`)!).execute();
  }
  return { porter, a, b, ana, ben, site, dark, contact, stranger, foreignContact, clockIn, clockOut };
}

describe.each(testDialects())('a staff member’s photo on %s', (kind) => {
  let world: Awaited<ReturnType<typeof photoWorld>>;
  const upload = async (person: { email: string }, data: Buffer, field?: string) => {
    const body = form(data, field);
    return world.porter.app.inject({ method: 'PUT', url: '/api/auth/profile/photo', headers: { cookie: await signInStaff(world.porter, person.email), 'content-type': body.contentType }, payload: body.payload });
  };
  const whosWorking = async (locationId = world.site) => {
    const cookie = await signInPortal(world.porter, world.a.slug, world.contact.email);
    return (await callApi(world.porter, cookie, 'GET', `/api/portal/${world.a.slug}/locations/${locationId}/whos-working`)).json();
  };
  const portalGet = async (who: { email: string }, slug: string, url: string) => callApi(world.porter, await signInPortal(world.porter, slug, who.email), 'GET', url);
  const photoPath = (locationId: string, staffId: string) => `/api/portal/${world.a.slug}/locations/${locationId}/staff/${staffId}/photo`;

  beforeAll(async () => {
    world = await photoWorld(kind);
  });
  afterAll(() => world.porter.close());

  it('keeps a technician’s photo as a small WebP square without its metadata, and shows it back to them', async () => {
    const original = await cameraPhoto();
    const response = await upload(world.ana, original);
    expect(response.statusCode, response.body).toBe(200);
    const version = response.json().photoVersion;
    expect(version).toMatch(/\.webp$/);

    const own = await world.porter.app.inject({ url: '/api/auth/profile/photo', headers: { cookie: await signInStaff(world.porter, world.ana.email) } });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('image/webp');
    const meta = await sharp(own.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: staffPhotoSide, height: staffPhotoSide });
    expect(meta.exif).toBeUndefined();
    expect(own.rawPayload.includes('PhoneCo')).toBe(false);
    expect(own.rawPayload.length).toBeLessThan(Math.min(original.length, 30_000));
    const stored = await world.porter.ctx.files.get(staffPhotoKey(asTenantId(world.a.tenantId), world.ana.id, version));
    expect(stored?.equals(own.rawPayload)).toBe(true);
  });

  it('refuses a file that is not a JPEG, PNG or WebP, or one sent in another field, naming `file`', async () => {
    const pdf = await upload(world.ben, Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\n'));
    expect(pdf.statusCode).toBe(400);
    expect(Object.keys(pdf.json().error.fields)).toEqual(['file']);
    const text = await upload(world.ben, Buffer.from('just some words, not a picture'));
    expect(text.statusCode).toBe(400);
    expect(Object.keys(text.json().error.fields)).toEqual(['file']);
    const broken = await upload(world.ben, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(64)]));
    expect(broken.statusCode).toBe(400);
    expect(Object.keys(broken.json().error.fields)).toEqual(['file']);
    const elsewhere = await upload(world.ben, await cameraPhoto(), 'picture');
    expect(elsewhere.statusCode).toBe(400);
    expect(Object.keys(elsewhere.json().error.fields)).toEqual(['file']);
    const profile = await callApi(world.porter, await signInStaff(world.porter, world.ben.email), 'GET', '/api/auth/profile');
    expect(profile.json().photoVersion).toBeNull();
  });

  it('gives the customer’s Who’s working a photo address only for someone on site who added one, and serves it', async () => {
    await world.clockIn(world.site, world.ana.id);
    await world.clockIn(world.site, world.ben.id);
    const people = (await whosWorking()).people;
    const ana = people.find((p: { firstName: string }) => p.firstName === 'Ana');
    const ben = people.find((p: { firstName: string }) => p.firstName === 'A');
    expect(ana.photoUrl).toMatch(new RegExp(`^${photoPath(world.site, world.ana.id)}\\?v=`));
    expect(ben.photoUrl).toBeNull();

    const served = await portalGet(world.contact, world.a.slug, ana.photoUrl);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['content-security-policy']).toContain('sandbox');
    // Ben is on site but has no photo.
    expect((await portalGet(world.contact, world.a.slug, photoPath(world.site, world.ben.id))).statusCode).toBe(404);
  });

  it('answers 404 for someone not on site, another location’s user, a location with Who’s working off, and another company', async () => {
    // Ana is clocked in at the site, not at the location whose Who's working is off.
    await world.clockIn(world.dark, world.ana.id);
    expect((await portalGet(world.contact, world.a.slug, photoPath(world.dark, world.ana.id))).statusCode).toBe(404);
    expect((await portalGet(world.stranger, world.a.slug, photoPath(world.site, world.ana.id))).statusCode).toBe(404);
    const foreign = await signInPortal(world.porter, world.b.slug, world.foreignContact.email);
    expect((await callApi(world.porter, foreign, 'GET', `/api/portal/${world.b.slug}/locations/${world.site}/staff/${world.ana.id}/photo`)).statusCode).toBe(404);
    // At this company's portal address, the other company's session is no session at all.
    expect((await callApi(world.porter, foreign, 'GET', photoPath(world.site, world.ana.id))).statusCode).toBe(401);
    expect((await world.porter.app.inject({ url: photoPath(world.site, world.ana.id) })).statusCode).toBe(401);

    await world.clockOut(world.site, world.ana.id);
    expect((await portalGet(world.contact, world.a.slug, photoPath(world.site, world.ana.id))).statusCode).toBe(404);
    await world.clockIn(world.site, world.ana.id);
    expect((await portalGet(world.contact, world.a.slug, photoPath(world.site, world.ana.id))).statusCode).toBe(200);
  });

  it('shows the office’s staff list the photo (managers and up), never another company', async () => {
    const manager = await signInStaff(world.porter, (await createStaff(world.porter.ctx.db, world.a.tenantId, 'manager')).email);
    const listed = (await callApi(world.porter, manager, 'GET', '/api/office/staff')).json().items.find((m: { id: string }) => m.id === world.ana.id);
    expect(listed.photoVersion).toMatch(/\.webp$/);
    const served = await callApi(world.porter, manager, 'GET', `/api/office/staff/${world.ana.id}/photo`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect((await callApi(world.porter, manager, 'GET', `/api/office/staff/${world.ben.id}/photo`)).statusCode).toBe(404);
    expect((await callApi(world.porter, await signInStaff(world.porter, world.ben.email), 'GET', `/api/office/staff/${world.ana.id}/photo`)).statusCode).toBe(403);
    expect((await callApi(world.porter, await signInStaff(world.porter, world.b.ownerEmail), 'GET', `/api/office/staff/${world.ana.id}/photo`)).statusCode).toBe(404);
  });

  it('replaces a photo under a new version and deletes the old file', async () => {
    const before = (await callApi(world.porter, await signInStaff(world.porter, world.ana.email), 'GET', '/api/auth/profile')).json().photoVersion;
    const png = await sharp({ create: { width: 300, height: 500, channels: 4, background: '#a36' } }).png().toBuffer();
    const replaced = await upload(world.ana, png);
    expect(replaced.statusCode, replaced.body).toBe(200);
    const after = replaced.json().photoVersion;
    expect(after).not.toBe(before);
    const files = world.porter.ctx.files;
    const tenantId = asTenantId(world.a.tenantId);
    expect(await files.get(staffPhotoKey(tenantId, world.ana.id, before))).toBeNull();
    expect(await files.get(staffPhotoKey(tenantId, world.ana.id, after))).not.toBeNull();
    const ana = (await whosWorking()).people.find((p: { firstName: string }) => p.firstName === 'Ana');
    expect(ana.photoUrl).toContain(`?v=${encodeURIComponent(after)}`);
  });

  it('removes a photo: Who’s working shows none, the file is gone, and its address answers 404', async () => {
    const cookie = await signInStaff(world.porter, world.ana.email);
    const version = (await callApi(world.porter, cookie, 'GET', '/api/auth/profile')).json().photoVersion;
    const removed = await world.porter.app.inject({ method: 'DELETE', url: '/api/auth/profile/photo', headers: { cookie } });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().photoVersion).toBeNull();
    expect(await world.porter.ctx.files.get(staffPhotoKey(asTenantId(world.a.tenantId), world.ana.id, version))).toBeNull();
    const ana = (await whosWorking()).people.find((p: { firstName: string }) => p.firstName === 'Ana');
    expect(ana.photoUrl).toBeNull();
    expect((await portalGet(world.contact, world.a.slug, photoPath(world.site, world.ana.id))).statusCode).toBe(404);
    expect((await world.porter.app.inject({ url: '/api/auth/profile/photo', headers: { cookie } })).statusCode).toBe(404);
  });
});
