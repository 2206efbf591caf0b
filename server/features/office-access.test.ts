import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../shared/roles.ts';
import { cookieFrom, startTestPorter, testDialects, type TestPorter } from '../test/harness.ts';
import { createCustomer, createStaff, createTenant, testPassword } from '../test/factories.ts';

const json = { 'content-type': 'application/json' };

// Which roles may open each office route: everything below the minimum gets 403.
const routes: { url: string; minimum: StaffRole }[] = [
  { url: '/api/office/dashboard', minimum: 'supervisor' },
  { url: '/api/office/customers', minimum: 'supervisor' },
  { url: '/api/office/locations', minimum: 'supervisor' },
  { url: '/api/office/outbox', minimum: 'admin' },
];
const roles: StaffRole[] = ['owner', 'admin', 'manager', 'supervisor', 'technician'];
const rank = (role: StaffRole) => roles.length - roles.indexOf(role);

describe.each(testDialects())('office routes on %s', (kind) => {
  let porter: TestPorter;
  let tenantA: Awaited<ReturnType<typeof createTenant>>;
  let tenantB: Awaited<ReturnType<typeof createTenant>>;
  const cookies = new Map<StaffRole, string>();
  let ownerB: string;

  async function signIn(email: string) {
    return cookieFrom(await porter.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { email, password: testPassword } }));
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenantA = await createTenant(porter.ctx.db, { name: 'Alpha Clean' });
    tenantB = await createTenant(porter.ctx.db, { name: 'Beta Clean' });
    for (const role of roles) {
      const email = role === 'owner' ? tenantA.ownerEmail : (await createStaff(porter.ctx.db, tenantA.tenantId, role)).email;
      cookies.set(role, await signIn(email));
    }
    ownerB = await signIn(tenantB.ownerEmail);
    await createCustomer(porter.ctx.db, tenantA.tenantId, { name: 'Alpha Bakery', locations: 2 });
    await createCustomer(porter.ctx.db, tenantA.tenantId, { name: 'Alpha Hotel', type: 'residential' });
    await createCustomer(porter.ctx.db, tenantB.tenantId, { name: 'Beta Bakery' });
  });
  afterAll(() => porter.close());

  for (const route of routes) {
    for (const role of roles) {
      const allowed = rank(role) >= rank(route.minimum);
      it(`${route.url}: ${role} gets ${allowed ? '200' : '403'}`, async () => {
        const response = await porter.app.inject({ url: route.url, headers: { cookie: cookies.get(role)! } });
        expect(response.statusCode).toBe(allowed ? 200 : 403);
      });
    }
    it(`${route.url}: 401 without a session`, async () => {
      expect((await porter.app.inject({ url: route.url })).statusCode).toBe(401);
    });
  }

  it('lists only the signed-in company’s customers, with search, type filter and paging', async () => {
    const owner = cookies.get('owner')!;
    const all = await porter.app.inject({ url: '/api/office/customers', headers: { cookie: owner } });
    expect(all.json().items.map((c: { name: string }) => c.name)).toEqual(['Alpha Bakery', 'Alpha Hotel']);
    expect(all.json().items[0].locationCount).toBe(2);
    const search = await porter.app.inject({ url: '/api/office/customers?q=bakery', headers: { cookie: owner } });
    expect(search.json()).toMatchObject({ total: 1, items: [{ name: 'Alpha Bakery' }] });
    const residential = await porter.app.inject({ url: '/api/office/customers?type=residential', headers: { cookie: owner } });
    expect(residential.json().items.map((c: { name: string }) => c.name)).toEqual(['Alpha Hotel']);
    const page2 = await porter.app.inject({ url: '/api/office/customers?pageSize=1&page=2', headers: { cookie: owner } });
    expect(page2.json()).toMatchObject({ total: 2, page: 2, items: [{ name: 'Alpha Hotel' }] });
    const other = await porter.app.inject({ url: '/api/office/customers', headers: { cookie: ownerB } });
    expect(other.json().items.map((c: { name: string }) => c.name)).toEqual(['Beta Bakery']);
  });

  it('escapes LIKE wildcards in search', async () => {
    const response = await porter.app.inject({ url: '/api/office/customers?q=%25', headers: { cookie: cookies.get('owner')! } });
    expect(response.json().total).toBe(0);
  });

  it('counts only the company’s own rows on the dashboard', async () => {
    const a = (await porter.app.inject({ url: '/api/office/dashboard', headers: { cookie: cookies.get('owner')! } })).json();
    const b = (await porter.app.inject({ url: '/api/office/dashboard', headers: { cookie: ownerB } })).json();
    expect(a).toMatchObject({ customers: 2, locations: 3, staff: 5 });
    expect(b).toMatchObject({ customers: 1, locations: 1, staff: 1 });
  });

  it('shows each company only its own outbox', async () => {
    await porter.app.inject({ method: 'POST', url: '/api/auth/forgot-password', headers: json, payload: { email: tenantB.ownerEmail } });
    const a = (await porter.app.inject({ url: '/api/office/outbox', headers: { cookie: cookies.get('owner')! } })).json();
    const b = (await porter.app.inject({ url: '/api/office/outbox', headers: { cookie: ownerB } })).json();
    expect(a.items).toHaveLength(0);
    expect(b).toMatchObject({ total: 1, smtpConfigured: false, items: [{ to: tenantB.ownerEmail, status: 'held' }] });
  });

  it('rejects a bad page number with the field named', async () => {
    const response = await porter.app.inject({ url: '/api/office/customers?page=0', headers: { cookie: cookies.get('owner')! } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.fields).toHaveProperty('page');
  });
});
