import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PrincipalKind } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import { imageWorkLoad, maxQueuedImages, withImageSlot } from '../../lib/image-work.ts';
import { pendingUploadLimits, pruneUnattachedUploads } from '../../platform/attachments/attachments.ts';
import { createCustomer, createPortalUser, createTenant } from '../../test/factories.ts';
import { inspect, signInPortal, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

function multipart(filename: string, data: Buffer) {
  const boundary = '----porter-attachments-test';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  return { payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const jpeg = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#7a8' } }).jpeg().toBuffer();
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');
const megabytes = (n: number) => n * 1024 * 1024;

// Made once: the largest photo accepted (exactly 40 MP) and the smallest refused.
let atLimit: Buffer;
let overLimit: Buffer;
beforeAll(async () => {
  [atLimit, overLimit] = await Promise.all([jpeg(8000, 5000), jpeg(8000, 5001)]);
});

describe.each(testDialects())('uploads on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  type PortalUploader = { id: string; cookie: string; slug: string; locationId: string };
  async function portalUploader(t = tenant): Promise<PortalUploader> {
    const customer = await createCustomer(porter.ctx.db, t.tenantId, { portal: true, features: ['serviceRequests'] });
    const user = await createPortalUser(porter.ctx.db, t.tenantId, customer.id, customer.locationIds);
    return { id: user.id, cookie: await signInPortal(porter, t.slug, user.email), slug: t.slug, locationId: customer.locationIds[0]! };
  }
  const upload = (who: PortalUploader, fileName: string, data: Buffer, purpose?: string) => {
    const { payload, contentType } = multipart(fileName, data);
    const query = purpose ? `?purpose=${purpose}` : '';
    return porter.app.inject({ method: 'POST', url: `/api/portal/${who.slug}/locations/${who.locationId}/attachments${query}`, headers: { cookie: who.cookie, 'content-type': contentType }, payload });
  };
  // Earlier uploads, written straight to the table: fifty real ones would only slow the test.
  async function insertUploads(who: PortalUploader, count: number, sizeBytes: number, attached = false) {
    const kind: PrincipalKind = 'portal';
    const rows = Array.from({ length: count }, () => {
      const id = newId();
      return {
        id,
        tenant_id: tenant.tenantId,
        location_id: who.locationId,
        owner_type: attached ? ('request_message' as const) : null,
        owner_id: attached ? newId() : null,
        uploaded_by_kind: kind,
        uploaded_by_id: who.id,
        file_name: 'earlier.pdf',
        content_type: 'application/pdf',
        size_bytes: sizeBytes,
        storage_key: `attachments/${tenant.tenantId}/${id}`,
        thumbnail_key: null,
        created_at: new Date().toISOString(),
      };
    });
    await porter.ctx.db.insertInto('attachments').values(rows).execute();
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, { MAX_UPLOAD_MB: '20' });
    tenant = await createTenant(porter.ctx.db);
  });
  afterAll(() => porter.close());

  it('re-encodes a photo of exactly 40 megapixels and refuses one pixel row more, naming the file and what to do', async () => {
    const who = await portalUploader();
    const accepted = await upload(who, 'wide.jpg', atLimit);
    expect(accepted.statusCode, accepted.body).toBe(201);
    expect(accepted.json()).toMatchObject({ fileName: 'wide.jpg', isImage: true });

    const refused = await upload(who, 'IMG_4810.jpg', overLimit);
    expect(refused.statusCode).toBe(400);
    const { error } = refused.json();
    expect(error.message).toBe(
      'IMG_4810.jpg is 8000 × 5001 pixels (40 megapixels); photos can have at most 40 megapixels. Choose a smaller photo size in your camera or phone settings, or resize the photo, and upload it again.',
    );
    expect(error.fields.file).toBe('IMG_4810.jpg is larger than 40 megapixels');
    expect(await inspect(porter.ctx.db).selectFrom('attachments').select('id').where('uploaded_by_id', '=', who.id).execute()).toHaveLength(1);
  });

  it('takes a portal upload for a request or an inspection only where each is on: the location’s feature and the company’s switch', async () => {
    const company = await createTenant(porter.ctx.db);
    const customer = await createCustomer(porter.ctx.db, company.tenantId, { portal: true, features: ['serviceRequests', 'qualityChecks'] });
    const user = await createPortalUser(porter.ctx.db, company.tenantId, customer.id, customer.locationIds);
    const who = { id: user.id, cookie: await signInPortal(porter, company.slug, user.email), slug: company.slug, locationId: customer.locationIds[0]! };
    const switches = {
      requestsFeature: (on: boolean) => porter.ctx.db.updateTable('locations').set({ feature_service_requests: on }).where('tenant_id', '=', company.tenantId).where('id', '=', who.locationId).execute(),
      companyTakesRequests: (on: boolean) => porter.ctx.db.updateTable('tenants').set({ requests_allowed: on }).where('id', '=', company.tenantId).execute(),
      qualityChecksFeature: (on: boolean) => porter.ctx.db.updateTable('locations').set({ feature_quality_checks: on }).where('tenant_id', '=', company.tenantId).where('id', '=', who.locationId).execute(),
      customersInspect: (on: boolean) => porter.ctx.db.updateTable('tenants').set({ customers_inspect_visits: on }).where('id', '=', company.tenantId).execute(),
    };
    await switches.companyTakesRequests(true);
    await switches.customersInspect(true);
    const statuses = async () => ({
      plain: (await upload(who, 'plain.pdf', pdf)).statusCode,
      request: (await upload(who, 'request.pdf', pdf, 'request')).statusCode,
      inspection: (await upload(who, 'inspection.pdf', pdf, 'inspection')).statusCode,
    });
    expect(await statuses()).toEqual({ plain: 201, request: 201, inspection: 201 });
    // Each switch off on its own refuses only the uploads it governs: off at the location is not found, off for the company is forbidden.
    for (const [name, refusal] of [
      ['requestsFeature', { plain: 404, request: 404, inspection: 201 }],
      ['companyTakesRequests', { plain: 403, request: 403, inspection: 201 }],
      ['qualityChecksFeature', { plain: 201, request: 201, inspection: 404 }],
      ['customersInspect', { plain: 201, request: 201, inspection: 403 }],
    ] as const) {
      await switches[name](false);
      expect(await statuses(), name).toEqual(refusal);
      await switches[name](true);
    }
    await switches.customersInspect(false);
    expect((await upload(who, 'inspection.pdf', pdf, 'inspection')).json().error.message).toBe('This company does not take inspections from customers.');
    const unknown = await upload(who, 'what.pdf', pdf, 'invoice');
    expect(unknown.statusCode).toBe(400);
    expect(Object.keys(unknown.json().error.fields)).toEqual(['purpose']);
    // Another company's portal user cannot upload to this location through their own portal.
    const stranger = await portalUploader();
    expect((await upload({ ...stranger, locationId: who.locationId }, 'stranger.pdf', pdf, 'inspection')).statusCode).toBe(404);
  });

  it('waits for the one image slot while another image is being processed', async () => {
    const who = await portalUploader();
    let release!: () => void;
    const busy = withImageSlot(() => new Promise<void>((resolve) => (release = resolve)));
    let answered = false;
    const uploading = upload(who, 'queued.jpg', await jpeg(640, 480)).then((response) => {
      answered = true;
      return response;
    });
    await vi.waitFor(() => expect(imageWorkLoad()).toEqual({ running: 1, waiting: 1 }));
    expect(answered).toBe(false);
    release();
    await busy;
    expect((await uploading).statusCode).toBe(201);
  });

  it(`queues at most ${maxQueuedImages} photos for the image slot and asks the next to come back`, async () => {
    const who = await portalUploader();
    const small = await jpeg(320, 240);
    let release!: () => void;
    const busy = withImageSlot(() => new Promise<void>((resolve) => (release = resolve)));
    const queued = Array.from({ length: maxQueuedImages }, (_, i) => upload(who, `queued-${i}.jpg`, small));
    // The slot is the whole process's: if this test fails, it must still free it, or every later image test in the worker is refused.
    try {
      // On a busy machine the sixteen uploads take more than vi.waitFor's default second to reach the queue.
      await vi.waitFor(() => expect(imageWorkLoad().waiting).toBe(maxQueuedImages), { timeout: 60_000 });
      const turnedAway = await upload(who, 'one-more.jpg', small);
      expect(turnedAway.statusCode).toBe(503);
      expect(turnedAway.headers['retry-after']).toBe('30');
      expect(turnedAway.json().error.message).toBe('Porter is busy processing other photos. Upload one-more.jpg again in a minute.');
    } finally {
      release();
    }
    await busy;
    expect((await Promise.all(queued)).map((r) => r.statusCode)).toEqual(Array(maxQueuedImages).fill(201));
  });

  it(`holds at most ${pendingUploadLimits.files} unsent files per person: the ${pendingUploadLimits.files}th is taken, the next refused`, async () => {
    const who = await portalUploader();
    const neighbour = await portalUploader();
    await insertUploads(who, 10, 1000, true); // already sent: not counted
    await insertUploads(neighbour, pendingUploadLimits.files, 1000); // someone else's: not counted
    await insertUploads(who, pendingUploadLimits.files - 1, 1000);

    expect((await upload(who, 'last.pdf', pdf)).statusCode).toBe(201);
    const refused = await upload(who, 'one-too-many.pdf', pdf);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toBe(
      'You have 50 uploaded files not yet sent with a request or reply; at most 50 files or 200 MB can wait at once. Send the request or reply they belong to first; unsent uploads are removed after a day.',
    );
    expect(refused.json().error.fields).toHaveProperty('file');
  });

  it('holds at most 200 MB of unsent files per person, to the byte', async () => {
    const exactly = await portalUploader();
    await insertUploads(exactly, 1, megabytes(200) - pdf.length);
    expect((await upload(exactly, 'fits.pdf', pdf)).statusCode).toBe(201);

    const over = await portalUploader();
    await insertUploads(over, 1, megabytes(200) - pdf.length + 1);
    const refused = await upload(over, 'one-byte-over.pdf', pdf);
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.message).toMatch(/^You have 200 MB of uploaded files not yet sent/);
  });

  it('prunes uploads never attached once they are more than 24 hours old, rows and stored files, in every company', async () => {
    const who = await portalUploader();
    const other = await createTenant(porter.ctx.db);
    const stranger = await portalUploader(other);
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#345' } }).png().toBuffer();
    const ids = {
      exactlyADay: (await upload(who, 'a.png', png)).json().id as string,
      justOlder: (await upload(who, 'b.png', png)).json().id as string,
      attachedLongAgo: (await upload(who, 'c.png', png)).json().id as string,
      otherCompany: (await upload(stranger, 'd.pdf', pdf)).json().id as string,
    };
    const now = new Date('2026-12-02T12:00:00.000Z');
    const setCreated = (id: string, at: string) => inspect(porter.ctx.db).updateTable('attachments').set({ created_at: at }).where('id', '=', id).execute();
    await setCreated(ids.exactlyADay, '2026-12-01T12:00:00.000Z');
    await setCreated(ids.justOlder, '2026-12-01T11:59:59.999Z');
    await setCreated(ids.attachedLongAgo, '2026-11-01T00:00:00.000Z');
    await setCreated(ids.otherCompany, '2026-11-30T00:00:00.000Z');
    await inspect(porter.ctx.db).updateTable('attachments').set({ owner_type: 'request_message', owner_id: newId() }).where('id', '=', ids.attachedLongAgo).execute();
    const rowsBefore = await inspect(porter.ctx.db).selectFrom('attachments').select(['id', 'storage_key', 'thumbnail_key']).where('id', 'in', Object.values(ids)).execute();
    const stored = Object.fromEntries(rowsBefore.map((r) => [r.id, r]));
    expect(stored[ids.justOlder]!.thumbnail_key).not.toBeNull();

    expect(await pruneUnattachedUploads(porter.ctx, now)).toBe(2);

    const left = (await inspect(porter.ctx.db).selectFrom('attachments').select('id').where('id', 'in', Object.values(ids)).execute()).map((r) => r.id);
    expect(left.sort()).toEqual([ids.exactlyADay, ids.attachedLongAgo].sort());
    expect(await porter.ctx.files.get(stored[ids.justOlder]!.storage_key)).toBeNull();
    expect(await porter.ctx.files.get(stored[ids.justOlder]!.thumbnail_key!)).toBeNull();
    expect(await porter.ctx.files.get(stored[ids.otherCompany]!.storage_key)).toBeNull();
    expect(await porter.ctx.files.get(stored[ids.exactlyADay]!.storage_key)).not.toBeNull();
    expect(await porter.ctx.files.get(stored[ids.attachedLongAgo]!.storage_key)).not.toBeNull();
    const served = await porter.app.inject({ url: `/api/portal/${who.slug}/attachments/${ids.justOlder}`, headers: { cookie: who.cookie } });
    expect(served.statusCode).toBe(404);

    // One millisecond later the day-old upload goes too.
    expect(await pruneUnattachedUploads(porter.ctx, new Date(now.getTime() + 1))).toBe(1);
    expect(await porter.ctx.files.get(stored[ids.exactlyADay]!.storage_key)).toBeNull();
  });
});
