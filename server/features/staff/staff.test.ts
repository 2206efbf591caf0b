import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createStaff, createTenant } from '../../test/factories.ts';

describe.each(testDialects())('staff on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  const signIn = (email: string) => signInStaff(porter, email);
  const call = (cookie: string, method: 'GET' | 'PUT', url: string, payload?: object) => callApi(porter, cookie, method, url, payload);

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    owner = await signIn(tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  it('keeps a mobile number and carrier on the profile, giving the email-to-text address', async () => {
    const tech = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const cookie = await signIn(tech.email);
    const saved = await call(cookie, 'PUT', '/api/auth/profile', { name: 'Tina Tech', mobilePhone: '(503) 555-0177', mobileCarrier: 'verizon' });
    expect(saved.json()).toMatchObject({ name: 'Tina Tech', textAddress: '5035550177@vtext.com', mobileCarrierDomain: null });
    const other = await call(cookie, 'PUT', '/api/auth/profile', { name: 'Tina Tech', mobilePhone: '503 555 0177', mobileCarrier: 'other', mobileCarrierDomain: 'SMS.Local-Carrier.net' });
    expect(other.json().textAddress).toBe('5035550177@sms.local-carrier.net');
    const missing = await call(cookie, 'PUT', '/api/auth/profile', { name: 'Tina Tech', mobilePhone: '12', mobileCarrier: 'other', mobileCarrierDomain: '' });
    expect(Object.keys(missing.json().error.fields).sort()).toEqual(['mobileCarrierDomain', 'mobilePhone']);
    expect((await call(cookie, 'GET', '/api/auth/profile')).json().textAddress).toBe('5035550177@sms.local-carrier.net');
  });

  it('lets admins set another person’s mobile details, but not managers', async () => {
    const tech = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const manager = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'manager')).email);
    const body = { name: 'T', mobilePhone: '3125550100', mobileCarrier: 'att' };
    expect((await call(manager, 'PUT', `/api/office/staff/${tech.id}/profile`, body)).statusCode).toBe(403);
    expect((await call(owner, 'PUT', `/api/office/staff/${tech.id}/profile`, body)).json().textAddress).toBe('3125550100@txt.att.net');
    expect((await call(manager, 'GET', '/api/office/staff')).json().items.length).toBeGreaterThan(2);
  });

  it('changes roles with an audit entry; nobody changes their own; only owners touch ownership; someone set to no access is signed out', async () => {
    const admin = await createStaff(porter.ctx.db, tenant.tenantId, 'admin');
    const adminCookie = await signIn(admin.email);
    const tech = await createStaff(porter.ctx.db, tenant.tenantId, 'technician');
    const techCookie = await signIn(tech.email);

    expect((await call(adminCookie, 'PUT', `/api/office/staff/${admin.id}/role`, { role: 'owner' })).statusCode).toBe(403);
    expect((await call(adminCookie, 'PUT', `/api/office/staff/${tech.id}/role`, { role: 'owner' })).statusCode).toBe(403);
    expect((await call(adminCookie, 'PUT', `/api/office/staff/${tenant.ownerId}/role`, { role: 'manager' })).statusCode).toBe(403);
    expect((await call(owner, 'PUT', `/api/office/staff/${tenant.ownerId}/role`, { role: 'manager' })).statusCode).toBe(409);

    const promoted = await call(adminCookie, 'PUT', `/api/office/staff/${tech.id}/role`, { role: 'supervisor' });
    expect(promoted.json().role).toBe('supervisor');
    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').selectAll().where('action', '=', 'role.changed').where('subject', '=', `staff:${tech.id}`).execute();
    expect(JSON.parse(audit[0]!.details!)).toEqual({ from: 'technician', to: 'supervisor' });

    await call(adminCookie, 'PUT', `/api/office/staff/${tech.id}/role`, { role: 'no_access' });
    expect((await porter.app.inject({ url: '/api/auth/me', headers: { cookie: techCookie } })).statusCode).toBe(401);
  });

  it('lets an owner hand ownership on; the demoted owner then cannot take it back', async () => {
    const second = await createStaff(porter.ctx.db, tenant.tenantId, 'owner');
    const secondCookie = await signIn(second.email);
    expect((await call(secondCookie, 'PUT', `/api/office/staff/${tenant.ownerId}/role`, { role: 'admin' })).json().role).toBe('admin');
    expect((await call(owner, 'PUT', `/api/office/staff/${second.id}/role`, { role: 'admin' })).statusCode).toBe(403);
    expect((await call(secondCookie, 'PUT', `/api/office/staff/${tenant.ownerId}/role`, { role: 'owner' })).json().role).toBe('owner');
  });

  it('answers 404 for another company’s staff', async () => {
    const other = await createTenant(porter.ctx.db);
    const theirs = await createStaff(porter.ctx.db, other.tenantId, 'technician');
    const fresh = await signIn((await createStaff(porter.ctx.db, tenant.tenantId, 'owner')).email);
    expect((await call(fresh, 'PUT', `/api/office/staff/${theirs.id}/role`, { role: 'manager' })).statusCode).toBe(404);
    expect((await call(fresh, 'PUT', `/api/office/staff/${theirs.id}/profile`, { name: 'x', mobilePhone: null, mobileCarrier: null })).statusCode).toBe(404);
    const row = await inspect(porter.ctx.db).selectFrom('staff_users').select(['role', 'name']).where('id', '=', theirs.id).executeTakeFirstOrThrow();
    expect(row.role).toBe('technician');
  });
});
