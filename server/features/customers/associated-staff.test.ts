import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { associatedStaffWindowDays } from '../../../shared/features/customers/customers.contract.ts';
import { newId } from '../../lib/ids.ts';
import { days, isoNow, minutes } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';

type Member = { staffId: string; name: string; role: string; assignedTo: { locationId: string; locationName: string }[]; lastWorked: { visitId: string; startsAt: string; locationName: string } | null };

describe.each(testDialects())('a customer’s associated staff on %s', (kind) => {
  const clock = testClock(new Date('2026-12-03T12:00:00.000Z'));
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  let otherOwner: string;

  const associatedOf = (cookie: string, customerId: string) => callApi(porter, cookie, 'GET', `/api/office/customers/${customerId}/associated-staff`);

  async function assign(tenantId: TenantId, locationId: string, staffId: string, assigned: boolean) {
    await porter.ctx.db.insertInto('staff_location_assignments').values({ tenant_id: tenantId, location_id: locationId, staff_user_id: staffId, assigned, trained: true }).execute();
  }

  /** A visit of the customer's location that started `ago` before now, worked by `team`. */
  async function visit(tenantId: TenantId, customer: { id: string; locationIds: string[] }, ago: number, team: string[], status: 'completed' | 'in_progress' | 'scheduled' | 'cancelled' = 'completed') {
    const id = newId();
    const startsAt = isoNow(new Date(clock.now().getTime() - ago));
    await porter.ctx.db
      .insertInto('visits')
      .values({ id, tenant_id: tenantId, customer_id: customer.id, location_id: customer.locationIds[0]!, account_service_id: null, original_date: null, name: 'Clean', starts_at: startsAt, duration_minutes: 60, status, price: 0, created_at: isoNow(), updated_at: isoNow() })
      .execute();
    if (team.length > 0) await porter.ctx.db.insertInto('visit_team').values(team.map((staff_user_id) => ({ tenant_id: tenantId, visit_id: id, staff_user_id }))).execute();
    return { id, startsAt };
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db);
    const other = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    otherOwner = await signInStaff(porter, other.ownerEmail);
  });
  afterAll(() => porter.close());

  it(`names staff assigned to its locations and those who worked its visits in the last ${associatedStaffWindowDays} days, each with why`, async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { locations: 2 });
    const neighbour = await createCustomer(porter.ctx.db, tenant.tenantId);
    const window = days(associatedStaffWindowDays);
    const [assigned, both, edge, tooOld, onlyTrained, planned, elsewhere] = await Promise.all(
      ['supervisor', 'technician', 'technician', 'technician', 'technician', 'technician', 'technician'].map((role) => createStaff(porter.ctx.db, tenant.tenantId, role as 'technician')),
    );
    await assign(tenant.tenantId, customer.locationIds[0]!, assigned!.id, true);
    await assign(tenant.tenantId, customer.locationIds[1]!, both!.id, true);
    await assign(tenant.tenantId, customer.locationIds[0]!, onlyTrained!.id, false);
    await assign(tenant.tenantId, neighbour.locationIds[0]!, elsewhere!.id, true);
    await visit(tenant.tenantId, customer, days(30), [both!.id]);
    const latest = await visit(tenant.tenantId, customer, days(3), [both!.id], 'in_progress');
    // Exactly at the window's edge still counts; a minute older does not.
    const atEdge = await visit(tenant.tenantId, customer, window, [edge!.id]);
    await visit(tenant.tenantId, customer, window + minutes(1), [tooOld!.id]);
    await visit(tenant.tenantId, customer, days(1), [planned!.id], 'cancelled');
    await visit(tenant.tenantId, customer, -days(1), [planned!.id], 'scheduled');
    await visit(tenant.tenantId, neighbour, days(2), [elsewhere!.id]);

    const response = await associatedOf(owner, customer.id);
    expect(response.statusCode).toBe(200);
    expect(response.json().windowDays).toBe(associatedStaffWindowDays);
    const byId = new Map((response.json().items as Member[]).map((member) => [member.staffId, member]));
    expect([...byId.keys()].sort()).toEqual([assigned!.id, both!.id, edge!.id].sort());
    expect(byId.get(assigned!.id)).toMatchObject({ role: 'supervisor', assignedTo: [{ locationId: customer.locationIds[0], locationName: 'Site 1' }], lastWorked: null });
    expect(byId.get(both!.id)).toMatchObject({ assignedTo: [{ locationId: customer.locationIds[1] }], lastWorked: { visitId: latest.id, startsAt: latest.startsAt, locationName: 'Site 1' } });
    expect(byId.get(edge!.id)).toMatchObject({ assignedTo: [], lastWorked: { visitId: atEdge.id } });
  });

  it('answers 404 for another company’s customer, 403 to technicians', async () => {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    expect((await associatedOf(otherOwner, customer.id)).statusCode).toBe(404);
    expect((await associatedOf(owner, newId())).statusCode).toBe(404);
    const technician = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'technician')).email);
    expect((await associatedOf(technician, customer.id)).statusCode).toBe(403);
    const supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    expect((await associatedOf(supervisor, customer.id)).json()).toEqual({ items: [], windowDays: associatedStaffWindowDays });
  });
});
