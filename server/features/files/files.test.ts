import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUploadLimits } from '../../../shared/features/files/files.contract.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { cursorPages, cursorParam } from '../../test/cursor-pages.ts';
import { multipartForm, storedZip, videoHeads } from '../../test/uploads.ts';

type Role = 'owner' | 'admin' | 'manager' | 'supervisor' | 'technician' | 'otherOwner';
type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const megabyte = 1024 * 1024;
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

describe.each(testDialects())('location files on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  const cookies = {} as Record<Role, string>;
  let staffIds: Record<'manager', string>;

  const call = (role: Role, method: Method, url: string, payload?: object) => callApi(porter, cookies[role], method, url, payload);
  const upload = (role: Role, locationId: string, name: string, data: Buffer, shared = false) => {
    const { payload, contentType } = multipartForm({ name, data });
    return porter.app.inject({ method: 'POST', url: `/api/office/locations/${locationId}/files?shared=${shared}`, headers: { cookie: cookies[role], 'content-type': contentType }, payload });
  };
  /** A customer whose one location has the portal on (File storage as asked), and its signed-in contact. */
  async function customerWithPortal(fileStorage = true) {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: fileStorage ? ['fileStorage'] : [] });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    return { locationId: customer.locationIds[0]!, cookie: await signInPortal(porter, tenant.slug, user.email) };
  }
  const portalGet = (cookie: string, url: string) => porter.app.inject({ method: 'GET', url: `/api/portal/${tenant.slug}${url}`, headers: { cookie } });

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    cookies.owner = await signInStaff(porter, tenant.ownerEmail);
    cookies.otherOwner = await signInStaff(porter, other.ownerEmail);
    for (const role of ['admin', 'manager', 'supervisor', 'technician'] as const) {
      const staff = await createStaff(porter.ctx.db, tenant.tenantId, role);
      cookies[role] = await signInStaff(porter, staff.email);
      if (role === 'manager') staffIds = { manager: staff.id };
    }
  });
  afterAll(() => porter.close());

  it('keeps a file in the office until it is shared; the customer then lists and downloads it, with the safe headers', async () => {
    const { locationId, cookie } = await customerWithPortal();
    const created = await upload('manager', locationId, '../Floor plan <v2>.pdf', pdf);
    expect(created.statusCode, created.body).toBe(201);
    const file = created.json();
    expect(file).toMatchObject({ locationId, fileName: 'Floor plan v2.pdf', contentType: 'application/pdf', kind: 'document', sizeBytes: pdf.length, shared: false, uploadedById: staffIds.manager, uploadedByName: 'A manager' });

    expect((await call('supervisor', 'GET', `/api/office/locations/${locationId}/files`)).json().items.map((f: { id: string }) => f.id)).toEqual([file.id]);
    expect((await portalGet(cookie, `/locations/${locationId}/files`)).json()).toEqual({ items: [], nextCursor: null });
    expect((await portalGet(cookie, `/locations/${locationId}/files/${file.id}`)).statusCode).toBe(404);

    const shared = await call('manager', 'PATCH', `/api/office/location-files/${file.id}`, { shared: true });
    expect(shared.json()).toMatchObject({ id: file.id, shared: true });
    const listed = (await portalGet(cookie, `/locations/${locationId}/files`)).json();
    expect(listed.items).toEqual([{ id: file.id, fileName: 'Floor plan v2.pdf', contentType: 'application/pdf', kind: 'document', sizeBytes: pdf.length, createdAt: file.createdAt, url: `/api/portal/${tenant.slug}/locations/${locationId}/files/${file.id}` }]);

    const download = await portalGet(cookie, `/locations/${locationId}/files/${file.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Floor plan v2.pdf"; filename*=UTF-8''Floor%20plan%20v2.pdf`);
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-length']).toBe(String(pdf.length));

    await call('manager', 'PATCH', `/api/office/location-files/${file.id}`, { shared: false });
    expect((await portalGet(cookie, `/locations/${locationId}/files`)).json()).toEqual({ items: [], nextCursor: null });
    expect((await portalGet(cookie, `/locations/${locationId}/files/${file.id}`)).statusCode).toBe(404);
  });

  it('pages the office’s and the portal’s lists newest first, and refuses a cursor of another list or company, naming it', async () => {
    const { locationId, cookie } = await customerWithPortal();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await upload('manager', locationId, `page-${i}.pdf`, pdf, i % 2 === 0)).json().id);
    const newestFirst = [...ids].reverse();
    type Page = { items: { id: string }[]; nextCursor: string | null };
    const walk = async (get: (query: string) => ReturnType<typeof call>, pageSize: number) =>
      (await cursorPages<Page>((cursor) => get(`?pageSize=${pageSize}${cursorParam(cursor)}`))).map((page) => page.items.map((item) => item.id));
    const office = (query: string) => call('supervisor', 'GET', `/api/office/locations/${locationId}/files${query}`);
    const portal = (query: string) => portalGet(cookie, `/locations/${locationId}/files${query}`);
    expect(await walk(office, 2)).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4)]);
    expect(await walk(office, 5)).toEqual([newestFirst]);
    // The portal pages only the shared ones (the first, third and fifth uploaded).
    expect(await walk(portal, 2)).toEqual([[ids[4], ids[2]], [ids[0]]]);

    const officeCursor = (await office('?pageSize=1')).json().nextCursor!;
    const portalCursor = (await portal('?pageSize=1')).json().nextCursor!;
    const elsewhere = await customerWithPortal();
    await upload('owner', elsewhere.locationId, 'a.pdf', pdf);
    await upload('owner', elsewhere.locationId, 'b.pdf', pdf);
    const elsewhereCursor = (await call('owner', 'GET', `/api/office/locations/${elsewhere.locationId}/files?pageSize=1`)).json().nextCursor!;
    const theirLocation = (await createCustomer(porter.ctx.db, other.tenantId)).locationIds[0]!;
    for (const name of ['x.pdf', 'y.pdf']) expect((await upload('otherOwner', theirLocation, name, pdf)).statusCode).toBe(201);
    const theirCursor = (await call('otherOwner', 'GET', `/api/office/locations/${theirLocation}/files?pageSize=1`)).json().nextCursor!;
    const refused = [
      await office(`?cursor=${encodeURIComponent(portalCursor)}`),
      await portal(`?cursor=${encodeURIComponent(officeCursor)}`),
      await office(`?cursor=${encodeURIComponent(elsewhereCursor)}`),
      await office(`?cursor=${encodeURIComponent(theirCursor)}`),
      await office('?cursor=garbage'),
    ];
    for (const response of refused) {
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.fields).toHaveProperty('cursor');
    }
    expect((await call('owner', 'GET', `/api/office/locations/${theirLocation}/files?cursor=${encodeURIComponent(theirCursor)}`)).statusCode).toBe(404);
    expect((await office('?pageSize=101')).json().error.fields).toHaveProperty('pageSize');
  });

  it('answers 404 in the portal where File storage is off, even for a shared file', async () => {
    const { locationId, cookie } = await customerWithPortal(false);
    const file = (await upload('owner', locationId, 'plan.pdf', pdf, true)).json();
    expect((await portalGet(cookie, `/locations/${locationId}/files`)).statusCode).toBe(404);
    expect((await portalGet(cookie, `/locations/${locationId}/files/${file.id}`)).statusCode).toBe(404);
  });

  it('recognises documents and videos by content, refusing other bytes whatever their name', async () => {
    const { locationId } = await customerWithPortal();
    const docx = storedZip([['[Content_Types].xml', '<Types/>'], ['_rels/.rels', '<Relationships/>'], ['word/document.xml', '<w:document/>']]);
    const xlsx = storedZip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<workbook/>']]);
    const odt = storedZip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<office:document-content/>']]);
    const accepted: [string, Buffer, string, string][] = [
      ['report.docx', docx, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'report.docx'],
      ['rota', xlsx, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'rota.xlsx'],
      ['minutes.odt', odt, 'application/vnd.oasis.opendocument.text', 'minutes.odt'],
      ['supplies.csv', Buffer.from('item;count\nBin liners;20\nKøkkenrulle;4\n'), 'text/csv', 'supplies.csv'],
      ['notes.html', Buffer.from('<script>alert(1)</script>\n'), 'text/plain', 'notes.txt'],
      ['walkthrough.mp4', videoHeads.mp4, 'video/mp4', 'walkthrough.mp4'],
      ['IMG_0001.MOV', videoHeads.mov, 'video/quicktime', 'IMG_0001.mov'],
      ['clip.webm', videoHeads.webm, 'video/webm', 'clip.webm'],
    ];
    for (const [name, data, contentType, fileName] of accepted) {
      const response = await upload('owner', locationId, name, data);
      expect(response.statusCode, `${name}: ${response.body}`).toBe(201);
      expect(response.json()).toMatchObject({ contentType, fileName, kind: contentType.startsWith('video/') ? 'video' : 'document' });
    }
    const csv = (await call('owner', 'GET', `/api/office/locations/${locationId}/files`)).json().items.find((f: { fileName: string }) => f.fileName === 'supplies.csv');
    expect((await call('owner', 'GET', csv.url)).headers['content-type']).toBe('text/csv; charset=utf-8');

    const refused: [string, Buffer][] = [
      ['setup.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)])],
      ['archive.docx', storedZip([['payload.exe', 'MZ']])],
      ['clip.mkv', Buffer.concat([videoHeads.webm.subarray(0, 12), Buffer.from('matroska'), Buffer.alloc(100, 1)])],
      ['photo.heic', Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(100, 1)])],
      ['data.txt', Buffer.from([0x68, 0x69, 0x00, 0x01, 0x02])],
    ];
    for (const [name, data] of refused) {
      const response = await upload('owner', locationId, name, data);
      expect(response.statusCode, name).toBe(400);
      expect(response.json().error.fields).toEqual({ file: 'Not an image, document or video of a type accepted here' });
    }
    expect((await upload('owner', locationId, 'empty.pdf', Buffer.alloc(0))).json().error.fields).toEqual({ file: 'The file is empty' });
  });

  it('re-encodes a photo without its metadata and shows it in the page', async () => {
    const { locationId } = await customerWithPortal();
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#579' } }).jpeg().withExif({ IFD0: { Make: 'PhoneCo' } }).toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const file = (await upload('owner', locationId, 'entrance.jpeg', photo)).json();
    expect(file).toMatchObject({ fileName: 'entrance.jpg', kind: 'image', contentType: 'image/jpeg' });
    const served = await call('owner', 'GET', file.url);
    expect(served.headers['content-disposition']).toMatch(/^inline;/);
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
  });

  it(`takes a file of exactly the company's limit and refuses one byte more, naming the field; the limit is ${fileUploadLimits.minMb}–${fileUploadLimits.maxMb} MB`, async () => {
    const { locationId } = await customerWithPortal();
    expect((await call('admin', 'GET', '/api/office/settings/files')).json()).toEqual({ uploadLimitMb: fileUploadLimits.defaultMb });
    for (const refused of [0, fileUploadLimits.maxMb + 1, 2.5]) {
      const response = await call('admin', 'PUT', '/api/office/settings/files', { uploadLimitMb: refused });
      expect(response.statusCode).toBe(400);
      expect(Object.keys(response.json().error.fields)).toEqual(['uploadLimitMb']);
    }
    expect((await call('owner', 'PUT', '/api/office/settings/files', { uploadLimitMb: fileUploadLimits.maxMb })).statusCode).toBe(200);
    expect((await call('admin', 'PUT', '/api/office/settings/files', { uploadLimitMb: 1 })).json()).toEqual({ uploadLimitMb: 1 });

    const atLimit = Buffer.alloc(megabyte, 'a');
    expect((await upload('manager', locationId, 'long.txt', atLimit)).statusCode).toBe(201);
    const over = await upload('manager', locationId, 'longer.txt', Buffer.alloc(megabyte + 1, 'a'));
    expect(over.statusCode).toBe(400);
    expect(over.json().error).toMatchObject({ code: 'validation_failed', fields: { file: 'Larger than 1 MB' } });
    expect(over.json().error.message).toContain('longer.txt is larger than 1 MB');
    await call('admin', 'PUT', '/api/office/settings/files', { uploadLimitMb: fileUploadLimits.defaultMb });
  });

  it('takes a video larger than the instance’s attachment limit when the company allows it, streamed into the store', async () => {
    const { locationId } = await customerWithPortal();
    const video = Buffer.concat([videoHeads.mp4, Buffer.alloc(11 * megabyte, 3)]);
    const response = await upload('owner', locationId, 'tour.mp4', video);
    expect(response.statusCode, response.body).toBe(201);
    const served = await call('owner', 'GET', response.json().url);
    expect(served.rawPayload.length).toBe(video.length);
    expect(served.rawPayload.equals(video)).toBe(true);
  });

  it('deletes a file from the list and from the store', async () => {
    const { locationId } = await customerWithPortal();
    const file = (await upload('owner', locationId, 'old.pdf', pdf)).json();
    const row = await inspect(porter.ctx.db).selectFrom('location_files').select('storage_key').where('id', '=', file.id).executeTakeFirstOrThrow();
    expect(await porter.ctx.files.get(row.storage_key)).not.toBeNull();
    expect((await call('manager', 'DELETE', `/api/office/location-files/${file.id}`)).statusCode).toBe(204);
    expect(await porter.ctx.files.get(row.storage_key)).toBeNull();
    expect((await call('owner', 'GET', `/api/office/locations/${locationId}/files`)).json()).toEqual({ items: [], nextCursor: null });
    expect((await call('owner', 'DELETE', `/api/office/location-files/${file.id}`)).statusCode).toBe(404);
  });

  it('lets supervisors read, managers and up change (and read the limit), admins set the limit; technicians nothing', async () => {
    const { locationId } = await customerWithPortal();
    const file = (await upload('owner', locationId, 'plan.pdf', pdf)).json();
    const cases: [Role, number, number, number, number][] = [
      // role, list, upload, share, settings
      ['technician', 403, 403, 403, 403],
      ['supervisor', 200, 403, 403, 403],
      ['manager', 200, 201, 200, 403],
      ['admin', 200, 201, 200, 200],
      ['owner', 200, 201, 200, 200],
    ];
    for (const [role, list, add, share, settings] of cases) {
      expect((await call(role, 'GET', `/api/office/locations/${locationId}/files`)).statusCode, role).toBe(list);
      expect((await call(role, 'GET', file.url)).statusCode, role).toBe(list);
      expect((await upload(role, locationId, 'x.pdf', pdf)).statusCode, role).toBe(add);
      expect((await call(role, 'PATCH', `/api/office/location-files/${file.id}`, { shared: true })).statusCode, role).toBe(share);
      expect((await call(role, 'DELETE', `/api/office/location-files/no-such-file`)).statusCode, role).toBe(share === 200 ? 404 : 403);
      expect((await call(role, 'GET', '/api/office/settings/files')).statusCode, role).toBe(share === 200 ? 200 : 403);
      expect((await call(role, 'PUT', '/api/office/settings/files', { uploadLimitMb: fileUploadLimits.defaultMb })).statusCode, role).toBe(settings);
    }
  });

  it('answers 404 for another company’s location or file, and for another customer’s or location’s file in the portal', async () => {
    const mine = await customerWithPortal();
    const theirs = await customerWithPortal();
    const file = (await upload('owner', mine.locationId, 'plan.pdf', pdf, true)).json();
    expect((await call('otherOwner', 'GET', `/api/office/locations/${mine.locationId}/files`)).statusCode).toBe(404);
    expect((await upload('otherOwner', mine.locationId, 'x.pdf', pdf)).statusCode).toBe(404);
    expect((await call('otherOwner', 'GET', file.url)).statusCode).toBe(404);
    expect((await call('otherOwner', 'PATCH', file.url, { shared: false })).statusCode).toBe(404);
    expect((await call('otherOwner', 'DELETE', file.url)).statusCode).toBe(404);
    expect((await call('owner', 'GET', `/api/office/locations/${mine.locationId}/files`)).json().items[0]).toMatchObject({ id: file.id, shared: true });

    expect((await portalGet(theirs.cookie, `/locations/${mine.locationId}/files`)).statusCode).toBe(404);
    expect((await portalGet(theirs.cookie, `/locations/${mine.locationId}/files/${file.id}`)).statusCode).toBe(404);
    expect((await portalGet(theirs.cookie, `/locations/${theirs.locationId}/files/${file.id}`)).statusCode).toBe(404);
    expect((await portalGet(mine.cookie, `/locations/${mine.locationId}/files/${file.id}`)).statusCode).toBe(200);
  });
});
