import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, cookieFrom, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createPortalUser, createStaff, createTenant, testPassword } from '../../test/factories.ts';

const json = { 'content-type': 'application/json' };
const harbor = {
  name: 'Harbor Bakery',
  type: 'commercial',
  email: 'Orders@HarborBakery.example',
  phone: '(503) 555-0110',
  billingAddress: '12 Wharf Street, Portland, OR 97201',
  city: 'Portland',
  website: 'https://harborbakery.example',
  comments: 'Prefers early mornings.',
  contacts: [
    { name: 'Nora Baker', email: 'nora@harborbakery.example', mobile: '(503) 555-0111', mobileCarrier: 'att', mobileCarrierDomain: 'ignored.example' },
    { name: 'Sid Flour', email: '', mobile: '' },
  ],
};

describe.each(testDialects())('customers on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let otherOwner: string;
  let supervisor: string;
  let technician: string;

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
    otherOwner = await signIn(other.ownerEmail);
    supervisor = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    technician = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
  });
  afterAll(() => porter.close());

  it('creates a customer with contact persons, normalising empty fields and emails', async () => {
    const created = await call(owner, 'POST', '/api/office/customers', harbor);
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ name: 'Harbor Bakery', email: 'orders@harborbakery.example', website: 'https://harborbakery.example', archivedAt: null, locationCount: 0 });
    expect(body.contacts).toEqual([
      // A listed carrier knows its own gateway: a domain typed with it is not kept.
      { id: expect.any(String), name: 'Nora Baker', email: 'nora@harborbakery.example', mobile: '(503) 555-0111', mobileCarrier: 'att', mobileCarrierDomain: null },
      { id: expect.any(String), name: 'Sid Flour', email: null, mobile: null, mobileCarrier: null, mobileCarrierDomain: null },
    ]);
    const fetched = await call(supervisor, 'GET', `/api/office/customers/${body.id}`);
    expect(fetched.json()).toEqual(body);
  });

  it('names each invalid field in words a person can act on, and writes nothing', async () => {
    const before = await inspect(porter.ctx.db).selectFrom('customers').select('id').execute();
    const response = await call(owner, 'POST', '/api/office/customers', {
      ...harbor,
      name: ' ',
      type: 'industrial',
      website: 'harborbakery',
      contacts: [{ name: 'Ok', email: 'not-an-email' }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toEqual({
      name: 'Enter the customer’s name',
      type: expect.any(String),
      website: 'Enter a full web address, like https://example.com',
      'contacts.0.email': 'Enter a valid email address, like name@example.com',
    });
    expect(await inspect(porter.ctx.db).selectFrom('customers').select('id').execute()).toHaveLength(before.length);
  });

  it('edits a customer, keeping the ids of contacts that stay', async () => {
    const created = (await call(owner, 'POST', '/api/office/customers', harbor)).json();
    const nora = created.contacts[0];
    const updated = await call(owner, 'PUT', `/api/office/customers/${created.id}`, {
      ...harbor,
      name: 'Harbor Bakery & Café',
      contacts: [{ id: nora.id, name: 'Nora Baker-Smith', email: nora.email }, { id: 'someone-elses-id', name: 'New Person' }],
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().name).toBe('Harbor Bakery & Café');
    expect(updated.json().contacts[0]).toMatchObject({ id: nora.id, name: 'Nora Baker-Smith' });
    expect(updated.json().contacts[1].id).not.toBe('someone-elses-id');
    expect(updated.json().contacts).toHaveLength(2);
  });

  it('searches by name, contact person, email, phone and address; filters by type and status; sorts; pages', async () => {
    const search = async (query: string) => (await call(owner, 'GET', `/api/office/customers?${query}`)).json();
    await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Zephyr Flats', type: 'residential' });
    expect((await search('q=nora%20baker')).items.map((c: { name: string }) => c.name)).toContain('Harbor Bakery & Café');
    expect((await search('q=wharf')).total).toBeGreaterThanOrEqual(1);
    expect((await search('q=555-0110')).total).toBeGreaterThanOrEqual(1);
    expect((await search('q=ORDERS@harbor')).total).toBeGreaterThanOrEqual(1);
    expect((await search('type=residential')).items.map((c: { name: string }) => c.name)).toEqual(['Zephyr Flats']);
    const byNameDesc = await search('sort=-name&pageSize=1');
    expect(byNameDesc.items[0].name).toBe('Zephyr Flats');
    const newest = await search('sort=-created&pageSize=1');
    expect(newest.items[0].name).toBe('Zephyr Flats');
    const page2 = await search('pageSize=1&page=2');
    expect(page2.items).toHaveLength(1);
    expect(page2.total).toBeGreaterThanOrEqual(3);
  });

  it('matches every word typed, anywhere, and takes % and _ literally', async () => {
    await createCustomer(porter.ctx.db, tenant.tenantId, { name: '100% Clean Co' });
    await createCustomer(porter.ctx.db, tenant.tenantId, { name: '1000 Clean Co' });
    await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Snake_Case Cleaners' });
    await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'SnakeXCase Cleaners' });
    const names = async (q: string) => (await call(owner, 'GET', `/api/office/customers?q=${encodeURIComponent(q)}`)).json().items.map((c: { name: string }) => c.name);
    expect(await names('100%')).toEqual(['100% Clean Co']);
    expect(await names('snake_case')).toEqual(['Snake_Case Cleaners']);
    expect(await names('clean co 1000')).toEqual(['1000 Clean Co']);
  });

  it('archives with portal users shut out, lists archived apart, and restores', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { name: 'Archive Me Ltd', portal: true });
    const contact = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    const portalLogin = () => porter.app.inject({ method: 'POST', url: `/api/portal/${tenant.slug}/login`, headers: json, payload: { email: contact.email, password: testPassword } });
    const session = cookieFrom(await portalLogin());

    const archived = await call(owner, 'POST', `/api/office/customers/${customer.id}/archive`);
    expect(archived.json().archivedAt).not.toBeNull();
    expect((await call(owner, 'POST', `/api/office/customers/${customer.id}/archive`)).statusCode).toBe(409);
    expect((await porter.app.inject({ url: `/api/portal/${tenant.slug}/me`, headers: { cookie: session } })).statusCode).toBe(401);
    expect((await portalLogin()).json().error.code).toBe('access_revoked');
    const active = (await call(owner, 'GET', '/api/office/customers?q=archive%20me')).json();
    const inArchive = (await call(owner, 'GET', '/api/office/customers?q=archive%20me&status=archived')).json();
    expect(active.total).toBe(0);
    expect(inArchive.items).toEqual([expect.objectContaining({ id: customer.id, archivedAt: expect.any(String) })]);

    const restored = await call(owner, 'POST', `/api/office/customers/${customer.id}/restore`);
    expect(restored.json().archivedAt).toBeNull();
    expect((await portalLogin()).statusCode).toBe(200);
    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select('action').where('subject', '=', customer.id).execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['customer.archived', 'customer.restored']);
  });

  it('lets supervisors read but not change customers, and refuses technicians', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    expect((await call(supervisor, 'GET', `/api/office/customers/${customer.id}`)).statusCode).toBe(200);
    expect((await call(supervisor, 'PUT', `/api/office/customers/${customer.id}`, harbor)).statusCode).toBe(403);
    expect((await call(supervisor, 'POST', '/api/office/customers', harbor)).statusCode).toBe(403);
    expect((await call(technician, 'GET', '/api/office/customers')).statusCode).toBe(403);
    expect((await call(technician, 'GET', `/api/office/customers/${customer.id}`)).statusCode).toBe(403);
  });

  it('answers 404 for another company’s customer on every route, and changes nothing there', async () => {
    const theirs = await createCustomer(porter.ctx.db, other.tenantId, { name: 'Not Yours Inc' });
    for (const [method, url, payload] of [
      ['GET', `/api/office/customers/${theirs.id}`],
      ['PUT', `/api/office/customers/${theirs.id}`, harbor],
      ['POST', `/api/office/customers/${theirs.id}/archive`],
      ['POST', `/api/office/customers/${theirs.id}/restore`],
    ] as const) {
      const response = await call(owner, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain('Not Yours Inc');
    }
    const row = await inspect(porter.ctx.db).selectFrom('customers').select(['name', 'archived_at']).where('id', '=', theirs.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Not Yours Inc', archived_at: null });
    expect((await call(otherOwner, 'GET', `/api/office/customers/${theirs.id}`)).statusCode).toBe(200);
  });
});
