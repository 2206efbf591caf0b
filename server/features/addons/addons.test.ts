import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../lib/ids.ts';
import { days, isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';

type Method = 'GET' | 'PUT' | 'POST';
const allOff = { textMessaging: false, invoiceCalculation: false, audits: false };

describe.each(testDialects())('add-on modules on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let other: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let admin: string;
  let manager: string;
  let supervisor: string;
  let technician: string;
  let otherOwner: string;

  const call = (cookie: string, method: Method, url: string, payload?: object) => callApi(porter, cookie, method, url, payload);
  const switchTo = (cookie: string, addons: object) => call(cookie, 'PUT', '/api/office/settings/addons', { ...allOff, ...addons });
  const reportsOf = (customerId: string, query = '') => `/api/office/customers/${customerId}/reports${query}`;

  /** An inspection of the customer's location `daysAgo` days back. */
  async function inspectionOf(tenantId: TenantId, customer: { id: string; locationIds: string[] }, daysAgo: number): Promise<string> {
    const id = newId();
    await porter.ctx.db
      .insertInto('inspections')
      .values({ id, tenant_id: tenantId, customer_id: customer.id, location_id: customer.locationIds[0]!, visit_id: null, scale: 'five_point', score: 80, note: null, inspected_by_kind: 'staff', inspected_by_id: newId(), inspector_name: 'Sam', inspected_at: isoNow(new Date(Date.now() - days(daysAgo))), client_id: null })
      .execute();
    return id;
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
    const cookieOf = async (role: 'admin' | 'manager' | 'supervisor' | 'technician') => signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email);
    [admin, manager, supervisor, technician] = [await cookieOf('admin'), await cookieOf('manager'), await cookieOf('supervisor'), await cookieOf('technician')];
  });
  afterAll(() => porter.close());

  it('starts with every add-on off, and the owner or an admin switches them, each switch in the audit log', async () => {
    expect((await call(owner, 'GET', '/api/office/settings/addons')).json()).toEqual(allOff);
    expect((await call(owner, 'GET', '/api/auth/me')).json().addons).toEqual(allOff);

    const saved = await switchTo(owner, { audits: true, textMessaging: true });
    expect(saved.json()).toEqual({ textMessaging: true, invoiceCalculation: false, audits: true });
    expect((await switchTo(admin, { audits: true, invoiceCalculation: true })).statusCode).toBe(200);
    expect((await call(admin, 'GET', '/api/office/settings/addons')).json()).toEqual({ textMessaging: false, invoiceCalculation: true, audits: true });
    // Who is signed in carries them, so every office page knows what to show.
    expect((await call(technician, 'GET', '/api/auth/me')).json().addons).toEqual({ textMessaging: false, invoiceCalculation: true, audits: true });
    // The other company's stay off.
    expect((await call(otherOwner, 'GET', '/api/office/settings/addons')).json()).toEqual(allOff);

    const audit = await inspect(porter.ctx.db).selectFrom('audit_events').select(['subject', 'details']).where('tenant_id', '=', tenant.tenantId).where('action', '=', 'addon.switched').orderBy('created_at').orderBy('id').execute();
    // One entry per add-on that changed; the two of one save share their moment, so they are compared in any order.
    expect(audit.map((row) => `${row.subject} ${JSON.parse(row.details!).on}`).sort()).toEqual(['audits true', 'invoiceCalculation true', 'textMessaging false', 'textMessaging true']);
    await switchTo(owner, {});
  });

  it('lets only owners and admins see or switch them, and names a field sent wrong', async () => {
    for (const cookie of [manager, supervisor, technician]) {
      expect((await call(cookie, 'GET', '/api/office/settings/addons')).statusCode).toBe(403);
      expect((await switchTo(cookie, { audits: true })).statusCode).toBe(403);
    }
    const bad = await call(owner, 'PUT', '/api/office/settings/addons', { textMessaging: 'yes', invoiceCalculation: false, audits: false });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('textMessaging');
    expect((await call(owner, 'GET', '/api/office/settings/addons')).json()).toEqual(allOff);
  });

  it('answers the Reports tab with the customer’s inspections only while audits is on, 404 while off', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const neighbour = await createCustomer(porter.ctx.db, tenant.tenantId);
    const [older, newer] = [await inspectionOf(tenant.tenantId, customer, 20), await inspectionOf(tenant.tenantId, customer, 2)];
    await inspectionOf(tenant.tenantId, neighbour, 1);

    await switchTo(owner, { textMessaging: true, invoiceCalculation: true });
    const off = await call(supervisor, 'GET', reportsOf(customer.id));
    expect(off.statusCode).toBe(404);
    expect(off.json().error.message).toBe('Not found.');

    await switchTo(owner, { audits: true });
    const on = await call(supervisor, 'GET', reportsOf(customer.id));
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ total: 2, page: 1 });
    expect(on.json().items.map((item: { id: string }) => item.id)).toEqual([newer, older]);
    expect((await call(supervisor, 'GET', reportsOf(customer.id, '?page=2&pageSize=1'))).json().items.map((item: { id: string }) => item.id)).toEqual([older]);
    // The inspections themselves were never gated.
    expect((await call(supervisor, 'GET', `/api/office/inspections?customerId=${customer.id}`)).statusCode).toBe(200);

    await switchTo(owner, {});
    expect((await call(owner, 'GET', reportsOf(customer.id))).statusCode).toBe(404);
    expect((await call(supervisor, 'GET', `/api/office/inspections?customerId=${customer.id}`)).json().total).toBe(2);
  });

  it('keeps the Reports tab to supervisors and above, and to the customer’s own company', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    await inspectionOf(tenant.tenantId, customer, 3);
    await switchTo(owner, { audits: true });
    await switchTo(otherOwner, { audits: true });
    expect((await call(technician, 'GET', reportsOf(customer.id))).statusCode).toBe(403);
    expect((await call(otherOwner, 'GET', reportsOf(customer.id))).statusCode).toBe(404);
    expect((await call(owner, 'GET', reportsOf(newId()))).statusCode).toBe(404);
    await switchTo(owner, {});
    await switchTo(otherOwner, {});
  });

  it('answers texts to a contact only with text messaging on, and the service agreement only with invoice calculation on, 404 while off', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    const contactId = newId();
    await porter.ctx.db.insertInto('customer_contacts').values({ id: contactId, tenant_id: tenant.tenantId, customer_id: customer.id, name: 'Tia Text', email: 'tia@example.test', mobile: '5035550199', mobile_carrier: 'verizon', mobile_carrier_domain: null, position: 0 }).execute();
    const text = () => call(manager, 'POST', `/api/office/customers/${customer.id}/contacts/${contactId}/messages`, { channel: 'text', body: 'Hello' });
    const agreement = () => call(manager, 'GET', `/api/office/customers/${customer.id}/agreement`);
    expect((await text()).statusCode).toBe(404);
    expect((await agreement()).statusCode).toBe(404);
    // Email needs no add-on.
    expect((await call(manager, 'POST', `/api/office/customers/${customer.id}/contacts/${contactId}/messages`, { channel: 'email', subject: 'Hi', body: 'Hello' })).statusCode).toBe(202);
    await switchTo(owner, { textMessaging: true, invoiceCalculation: true });
    expect((await text()).statusCode).toBe(202);
    expect((await agreement()).statusCode).toBe(200);
    await switchTo(owner, {});
    expect((await text()).statusCode).toBe(404);
    expect((await agreement()).statusCode).toBe(404);
  });
});
