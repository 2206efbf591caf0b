import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createStaff, createTenant } from '../../test/factories.ts';

const path = '/api/office/settings/company';
const company = { name: 'Gleam Cleaning ApS', timeZone: 'Europe/Copenhagen', defaultLanguage: 'da', address: 'Vesterbrogade 1, 1620 København V' };

describe.each(testDialects())('company settings on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  it('saves the name, time zone, default language and address, and the office sees them at once', async () => {
    const saved = await callApi(porter, owner, 'PUT', path, company);
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual(company);
    expect((await callApi(porter, owner, 'GET', path)).json()).toEqual(company);
    expect((await callApi(porter, owner, 'GET', '/api/auth/me')).json().company).toMatchObject({ name: company.name, timeZone: 'Europe/Copenhagen', defaultLanguage: 'da' });
    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select(['action', 'details']).where('tenant_id', '=', tenant.tenantId).where('action', '=', 'company.updated').execute();
    expect(audit).toHaveLength(1);
    // Customers see where to find the company from its portal's public details.
    const info = await porter.app.inject({ method: 'GET', url: `/api/portal/${tenant.slug}` });
    expect(info.json().branding.address).toBe(company.address);
  });

  it('changes only its own company', async () => {
    const row = await inspect(porter.ctx.db).selectFrom('tenants').select(['time_zone', 'default_language']).where('id', '=', other.tenantId).executeTakeFirstOrThrow();
    expect(row).toEqual({ time_zone: 'UTC', default_language: 'en' });
  });

  it('refuses an unknown time zone and language, and an address over 500 characters, naming each field', async () => {
    const refused = await callApi(porter, owner, 'PUT', path, { ...company, timeZone: 'Mars/Olympus_Mons', defaultLanguage: 'de', address: 'x'.repeat(501) });
    expect(refused.statusCode).toBe(400);
    expect(Object.keys(refused.json().error.fields).sort()).toEqual(['address', 'defaultLanguage', 'timeZone']);
    expect((await callApi(porter, owner, 'PUT', path, { ...company, address: 'x'.repeat(500) })).statusCode).toBe(200);
  });

  it('an empty address is no address', async () => {
    expect((await callApi(porter, owner, 'PUT', path, { ...company, address: '  ' })).json().address).toBeNull();
  });

  it('is for owners and admins only', async () => {
    const admin = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'admin')).email);
    const manager = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    expect((await callApi(porter, admin, 'GET', path)).statusCode).toBe(200);
    expect((await callApi(porter, manager, 'GET', path)).statusCode).toBe(403);
    expect((await callApi(porter, manager, 'PUT', path, company)).statusCode).toBe(403);
  });
});
