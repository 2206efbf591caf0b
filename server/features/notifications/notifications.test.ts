import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SupplyOrderStatus } from '../../../shared/features/supplies/supplies.contract.ts';
import type { StaffRole } from '../../../shared/roles.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { callApi, inspect, signInStaff, startTestPorter, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';

describe.each(testDialects())('side menu badges on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;

  async function addOrder(tenantId: TenantId, customer: { id: string; locationIds: string[] }, status: SupplyOrderStatus) {
    const now = isoNow();
    await inspect(porter.ctx.db)
      .insertInto('supply_orders')
      .values({ id: newId(), tenant_id: tenantId, reference: `SO-${newId()}`, customer_id: customer.id, location_id: customer.locationIds[0]!, portal_user_id: null, status, note: null, note_to_customer: null, created_at: now, updated_at: now })
      .execute();
  }

  async function badgesOf(role: StaffRole) {
    const cookie = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, role)).email);
    const response = await callApi(porter, cookie, 'GET', '/api/office/notifications');
    expect(response.statusCode).toBe(200);
    const { newRequests, newSupplyOrders } = response.json();
    return { newRequests, newSupplyOrders };
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind);
    tenant = await createTenant(porter.ctx.db);
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    await addOrder(tenant.tenantId, customer, 'submitted');
    await addOrder(tenant.tenantId, customer, 'submitted');
    await addOrder(tenant.tenantId, customer, 'approved');
    await addOrder(tenant.tenantId, customer, 'cancelled');
    const now = isoNow();
    await inspect(porter.ctx.db)
      .insertInto('service_requests')
      .values({ id: newId(), tenant_id: tenant.tenantId, reference: `SR-${newId()}`, customer_id: customer.id, location_id: customer.locationIds[0]!, portal_user_id: null, service_id: null, category_id: null, subject: 'Windows', text: 'Please', status: 'new', assignee_id: null, visit_id: null, close_reason: null, created_at: now, updated_at: now, opened_at: null, resolved_at: null, closed_at: null })
      .execute();
    // Another company's orders never count here.
    const other = await createTenant(porter.ctx.db);
    await addOrder(other.tenantId, await createCustomer(porter.ctx.db, other.tenantId), 'submitted');
  });
  afterAll(() => porter.close());

  it('counts supply orders waiting for approval, the same list Supplies filtered to "submitted" shows', async () => {
    expect(await badgesOf('supervisor')).toEqual({ newRequests: 1, newSupplyOrders: 2 });
    const owner = await signInStaff(porter, tenant.ownerEmail);
    const list = await callApi(porter, owner, 'GET', '/api/office/supply-orders?status=submitted');
    expect(list.json().total).toBe(2);
  });

  it('gives a role below the lists’ policies no counts', async () => {
    expect(await badgesOf('technician')).toEqual({ newRequests: 0, newSupplyOrders: 0 });
  });
});
