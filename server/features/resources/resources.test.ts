import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { cursorPages, cursorParam } from '../../test/cursor-pages.ts';
import { multipartForm } from '../../test/uploads.ts';

type Role = 'owner' | 'manager' | 'supervisor' | 'technician' | 'otherOwner';
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF');

describe.each(testDialects())('customer resources on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  const cookies = {} as Record<Role, string>;

  const call = (role: Role, method: Method, url: string, payload?: object) => callApi(porter, cookies[role], method, url, payload);
  const addLink = (role: Role, customerId: string, body: object) => call(role, 'POST', `/api/office/customers/${customerId}/resources/links`, body);
  const addFile = (role: Role, customerId: string, fields: Record<string, string>, data = pdf) => {
    const { payload, contentType } = multipartForm({ name: 'Safety data.pdf', data }, fields);
    return porter.app.inject({ method: 'POST', url: `/api/office/customers/${customerId}/resources/files`, headers: { cookie: cookies[role], 'content-type': contentType }, payload });
  };
  /** A customer with one location whose portal (File storage as asked) its signed-in contact uses. */
  async function customerWithPortal(fileStorage = true) {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true, features: fileStorage ? ['fileStorage'] : [] });
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    return { customerId: customer.id, locationId: customer.locationIds[0]!, cookie: await signInPortal(porter, tenant.slug, user.email) };
  }
  const portalGet = (cookie: string, url: string) => porter.app.inject({ method: 'GET', url: `/api/portal/${tenant.slug}${url}`, headers: { cookie } });

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    cookies.owner = await signInStaff(porter, tenant.ownerEmail);
    cookies.otherOwner = await signInStaff(porter, other.ownerEmail);
    for (const role of ['manager', 'supervisor', 'technician'] as const) cookies[role] = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email);
  });
  afterAll(() => porter.close());

  it('shows the customer its shared files and links, never an internal one in any portal response', async () => {
    const { customerId, locationId, cookie } = await customerWithPortal();
    const internalLink = await addLink('manager', customerId, { title: 'Pricing sheet (internal)', url: 'https://docs.example.test/secret-pricing', shared: false });
    expect(internalLink.statusCode, internalLink.body).toBe(201);
    const sharedLink = (await addLink('manager', customerId, { title: 'Our cleaning standards', description: 'What every visit includes', url: 'https://example.test/standards', shared: true })).json();
    const internalFile = await addFile('manager', customerId, { title: 'Contract notes (internal)', shared: 'false' });
    expect(internalFile.statusCode, internalFile.body).toBe(201);
    const sharedFile = (await addFile('manager', customerId, { title: 'Safety data sheets', shared: 'true' })).json();
    expect(sharedFile).toMatchObject({ kind: 'file', fileName: 'Safety data.pdf', fileKind: 'document', sizeBytes: pdf.length, shared: true, createdByName: 'A manager' });

    const office = (await call('supervisor', 'GET', `/api/office/customers/${customerId}/resources`)).json();
    expect(office.items.map((r: { title: string }) => r.title)).toEqual(['Safety data sheets', 'Contract notes (internal)', 'Our cleaning standards', 'Pricing sheet (internal)']);

    const portal = await portalGet(cookie, `/locations/${locationId}/resources`);
    expect(portal.json().items).toEqual([
      { id: sharedFile.id, kind: 'file', title: 'Safety data sheets', description: null, url: `/api/portal/${tenant.slug}/locations/${locationId}/resources/${sharedFile.id}/file`, fileName: 'Safety data.pdf', fileKind: 'document', sizeBytes: pdf.length },
      { id: sharedLink.id, kind: 'link', title: 'Our cleaning standards', description: 'What every visit includes', url: 'https://example.test/standards', fileName: null, fileKind: null, sizeBytes: null },
    ]);
    expect(portal.body).not.toContain('internal');
    expect(portal.body).not.toContain('secret-pricing');

    const download = await portalGet(cookie, `/locations/${locationId}/resources/${sharedFile.id}/file`);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Safety data.pdf"/);
    expect(download.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect((await portalGet(cookie, `/locations/${locationId}/resources/${internalFile.json().id}/file`)).statusCode).toBe(404);
    expect((await portalGet(cookie, `/locations/${locationId}/resources/${sharedLink.id}/file`)).statusCode).toBe(404);
  });

  it('takes http and https links only, refusing javascript:, data: and others by naming the field', async () => {
    const { customerId } = await customerWithPortal();
    expect((await addLink('owner', customerId, { title: 'Plain web', url: 'http://example.test/a', shared: true })).statusCode).toBe(201);
    for (const url of ['javascript:alert(document.cookie)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'ftp://example.test/file', 'example.test', 'https://']) {
      const response = await addLink('owner', customerId, { title: 'Bad', url, shared: true });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().error.fields, url).toEqual({ url: 'Enter a full web address, like https://example.com' });
    }
    const link = (await addLink('owner', customerId, { title: 'Good', url: 'https://example.test/', shared: false })).json();
    expect((await call('owner', 'PUT', `/api/office/resources/${link.id}`, { title: 'Good', url: 'javascript:alert(1)', shared: false })).statusCode).toBe(400);
    expect((await addLink('owner', customerId, { title: ' ', url: 'https://example.test/', shared: true })).json().error.fields).toEqual({ title: 'Give it a title, like “Floor plan” or “Safety data sheets”' });
  });

  it('changes a resource’s title, address and who sees it; a file keeps its file', async () => {
    const { customerId, locationId, cookie } = await customerWithPortal();
    const link = (await addLink('owner', customerId, { title: 'Rota', url: 'https://example.test/rota', shared: false })).json();
    const changed = await call('manager', 'PUT', `/api/office/resources/${link.id}`, { title: 'Team rota', url: 'https://example.test/rota-2027', shared: true });
    expect(changed.json()).toMatchObject({ title: 'Team rota', url: 'https://example.test/rota-2027', shared: true });
    expect((await portalGet(cookie, `/locations/${locationId}/resources`)).json().items.map((r: { title: string }) => r.title)).toEqual(['Team rota']);
    await call('manager', 'PUT', `/api/office/resources/${link.id}`, { title: 'Team rota', shared: false });
    expect((await portalGet(cookie, `/locations/${locationId}/resources`)).json().items).toEqual([]);

    const file = (await addFile('owner', customerId, { title: 'Plan', shared: 'false' })).json();
    const refused = await call('manager', 'PUT', `/api/office/resources/${file.id}`, { title: 'Plan', url: 'https://example.test', shared: true });
    expect(refused.json().error.fields).toEqual({ url: 'Only a link has a web address' });
    expect((await call('manager', 'PUT', `/api/office/resources/${file.id}`, { title: 'Floor plan', shared: true })).json()).toMatchObject({ title: 'Floor plan', fileName: 'Safety data.pdf', shared: true });
    expect((await addFile('owner', customerId, { title: 'Plan', shared: 'maybe' })).json().error.fields).toEqual({ shared: 'Choose one of the options' });
  });

  it('deletes a file resource from the store too', async () => {
    const { customerId } = await customerWithPortal();
    const file = (await addFile('owner', customerId, { title: 'Old plan', shared: 'true' })).json();
    const { storage_key } = await inspect(porter.ctx.db).selectFrom('customer_resources').select('storage_key').where('id', '=', file.id).executeTakeFirstOrThrow();
    expect(await porter.ctx.files.get(storage_key!)).not.toBeNull();
    expect((await call('manager', 'DELETE', `/api/office/resources/${file.id}`)).statusCode).toBe(204);
    expect(await porter.ctx.files.get(storage_key!)).toBeNull();
    expect((await call('manager', 'DELETE', `/api/office/resources/${file.id}`)).statusCode).toBe(404);
  });

  it('answers 404 in the portal where File storage is off', async () => {
    const { customerId, locationId, cookie } = await customerWithPortal(false);
    const file = (await addFile('owner', customerId, { title: 'Shared', shared: 'true' })).json();
    expect((await portalGet(cookie, `/locations/${locationId}/resources`)).statusCode).toBe(404);
    expect((await portalGet(cookie, `/locations/${locationId}/resources/${file.id}/file`)).statusCode).toBe(404);
  });

  it('lets supervisors read, managers and owners change; technicians nothing', async () => {
    const { customerId } = await customerWithPortal();
    const link = (await addLink('owner', customerId, { title: 'Rota', url: 'https://example.test/rota', shared: false })).json();
    const file = (await addFile('owner', customerId, { title: 'Plan', shared: 'false' })).json();
    const cases: [Role, number, number][] = [
      ['technician', 403, 403],
      ['supervisor', 200, 403],
      ['manager', 200, 201],
      ['owner', 200, 201],
    ];
    for (const [role, read, write] of cases) {
      expect((await call(role, 'GET', `/api/office/customers/${customerId}/resources`)).statusCode, role).toBe(read);
      expect((await call(role, 'GET', file.url)).statusCode, role).toBe(read);
      expect((await addLink(role, customerId, { title: 'New', url: 'https://example.test/', shared: false })).statusCode, role).toBe(write);
      expect((await addFile(role, customerId, { title: 'New', shared: 'false' })).statusCode, role).toBe(write);
      expect((await call(role, 'PUT', `/api/office/resources/${link.id}`, { title: 'Rota', shared: false })).statusCode, role).toBe(write === 201 ? 200 : 403);
      expect((await call(role, 'DELETE', '/api/office/resources/no-such-resource')).statusCode, role).toBe(write === 201 ? 404 : 403);
    }
  });

  it('answers 404 for another company’s customer or resource, and for another customer’s resource in the portal', async () => {
    const mine = await customerWithPortal();
    const theirs = await customerWithPortal();
    const file = (await addFile('owner', mine.customerId, { title: 'Mine', shared: 'true' })).json();
    const link = (await addLink('owner', mine.customerId, { title: 'Mine too', url: 'https://example.test/mine', shared: true })).json();
    expect((await call('otherOwner', 'GET', `/api/office/customers/${mine.customerId}/resources`)).statusCode).toBe(404);
    expect((await addLink('otherOwner', mine.customerId, { title: 'x', url: 'https://example.test', shared: true })).statusCode).toBe(404);
    expect((await addFile('otherOwner', mine.customerId, { title: 'x', shared: 'true' })).statusCode).toBe(404);
    expect((await call('otherOwner', 'GET', file.url)).statusCode).toBe(404);
    expect((await call('otherOwner', 'PUT', `/api/office/resources/${link.id}`, { title: 'Taken', shared: false })).statusCode).toBe(404);
    expect((await call('otherOwner', 'DELETE', `/api/office/resources/${link.id}`)).statusCode).toBe(404);

    expect((await portalGet(theirs.cookie, `/locations/${mine.locationId}/resources`)).statusCode).toBe(404);
    expect((await portalGet(theirs.cookie, `/locations/${theirs.locationId}/resources`)).json().items).toEqual([]);
    expect((await portalGet(theirs.cookie, `/locations/${theirs.locationId}/resources/${file.id}/file`)).statusCode).toBe(404);
    expect((await portalGet(mine.cookie, `/locations/${mine.locationId}/resources/${file.id}/file`)).statusCode).toBe(200);
  });

  it('pages the office’s and the portal’s lists newest first, keeps its place as rows are added, and refuses a cursor of another list or company', async () => {
    const { customerId, locationId, cookie } = await customerWithPortal();
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await addLink('manager', customerId, { title: `Page ${i}`, url: `https://example.test/${i}`, shared: i % 2 === 0 })).json().id);
    const newestFirst = [...ids].reverse();
    type Page = { items: { id: string }[]; nextCursor: string | null };
    const walk = async (get: (query: string) => ReturnType<typeof call>, pageSize: number) =>
      (await cursorPages<Page>((cursor) => get(`?pageSize=${pageSize}${cursorParam(cursor)}`))).map((page) => page.items.map((item) => item.id));
    const office = (query: string) => call('supervisor', 'GET', `/api/office/customers/${customerId}/resources${query}`);
    const portal = (query: string) => portalGet(cookie, `/locations/${locationId}/resources${query}`);
    expect(await walk(office, 2)).toEqual([newestFirst.slice(0, 2), newestFirst.slice(2, 4), newestFirst.slice(4)]);
    expect(await walk(office, 5)).toEqual([newestFirst]);
    // The portal pages only the shared ones (the first, third and fifth added).
    expect(await walk(portal, 2)).toEqual([[ids[4], ids[2]], [ids[0]]]);

    // A resource added between two pages shows on neither: the second page starts after the first's last row.
    const first = (await office('?pageSize=2')).json() as Page;
    const added = (await addLink('manager', customerId, { title: 'Added meanwhile', url: 'https://example.test/new', shared: true })).json().id;
    const second = (await office(`?pageSize=10&cursor=${encodeURIComponent(first.nextCursor!)}`)).json() as Page;
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(newestFirst);
    expect(second.nextCursor).toBeNull();
    expect((await office('?pageSize=1')).json().items[0].id).toBe(added);

    const officeCursor = (await office('?pageSize=1')).json().nextCursor!;
    const portalCursor = (await portal('?pageSize=1')).json().nextCursor!;
    const elsewhere = await customerWithPortal();
    for (const i of [1, 2]) await addLink('owner', elsewhere.customerId, { title: `Elsewhere ${i}`, url: 'https://example.test/e', shared: true });
    const elsewhereCursor = (await call('owner', 'GET', `/api/office/customers/${elsewhere.customerId}/resources?pageSize=1`)).json().nextCursor!;
    const theirCustomer = (await createCustomer(porter.ctx.db, other.tenantId)).id;
    for (const i of [1, 2]) expect((await addLink('otherOwner', theirCustomer, { title: `Theirs ${i}`, url: 'https://example.test/t', shared: true })).statusCode).toBe(201);
    const theirCursor = (await call('otherOwner', 'GET', `/api/office/customers/${theirCustomer}/resources?pageSize=1`)).json().nextCursor!;
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
    expect((await call('owner', 'GET', `/api/office/customers/${theirCustomer}/resources?cursor=${encodeURIComponent(theirCursor)}`)).statusCode).toBe(404);
    expect((await call('technician', 'GET', `/api/office/customers/${customerId}/resources?pageSize=1`)).statusCode).toBe(403);
    expect((await office('?pageSize=101')).json().error.fields).toHaveProperty('pageSize');
  });
});
