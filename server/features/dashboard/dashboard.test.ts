import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lowRatingWithinDays, overdueAfterDays } from '../../../shared/features/dashboard/dashboard.contract.ts';
import { newId } from '../../lib/ids.ts';
import { days, isoAfter } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { callApi, inspect, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { createCustomer, createStaff, createTenant } from '../../test/factories.ts';

describe.each(testDialects())('dashboard attention on %s', (kind) => {
  const clock = testClock(new Date('2026-12-03T12:00:00.000Z'));
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;

  const ago = (milliseconds: number) => isoAfter(-milliseconds, clock.now());

  async function addRequest(tenantId: TenantId, customer: { id: string; locationIds: string[] }, status: 'new' | 'open' | 'resolved', createdAt: string) {
    await inspect(porter.ctx.db)
      .insertInto('service_requests')
      .values({ id: newId(), tenant_id: tenantId, reference: `SR-${newId()}`, customer_id: customer.id, location_id: customer.locationIds[0]!, portal_user_id: null, service_id: null, category_id: null, subject: 'Windows', text: 'Please', status, assignee_id: null, visit_id: null, close_reason: null, created_at: createdAt, updated_at: createdAt, opened_at: null, resolved_at: null, closed_at: null })
      .execute();
  }

  async function addRating(tenantId: TenantId, customer: { id: string; locationIds: string[] }, rating: number, createdAt: string) {
    await inspect(porter.ctx.db).insertInto('feedback').values({ id: newId(), tenant_id: tenantId, customer_id: customer.id, location_id: customer.locationIds[0]!, portal_user_id: null, rating, note: null, created_at: createdAt }).execute();
  }

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now });
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId);
    await addRequest(tenant.tenantId, customer, 'new', ago(days(overdueAfterDays)));
    await addRequest(tenant.tenantId, customer, 'open', ago(days(overdueAfterDays) + 1));
    await addRequest(tenant.tenantId, customer, 'resolved', ago(days(30)));
    await addRating(tenant.tenantId, customer, 2, ago(days(lowRatingWithinDays)));
    await addRating(tenant.tenantId, customer, 1, ago(days(lowRatingWithinDays) + 1));
    await addRating(tenant.tenantId, customer, 3, ago(days(1)));

    // Another company's work never counts here.
    const other = await createTenant(porter.ctx.db);
    const theirs = await createCustomer(porter.ctx.db, other.tenantId);
    await addRequest(other.tenantId, theirs, 'new', ago(days(10)));
    await addRating(other.tenantId, theirs, 1, ago(days(1)));
  });
  afterAll(() => porter.close());

  it('counts new requests, requests unfinished past the limit, and recent low ratings — at their boundaries', async () => {
    const dashboard = (await callApi(porter, owner, 'GET', '/api/office/dashboard')).json();
    expect(dashboard.attention).toEqual({ newRequests: 1, overdueRequests: 1, newSupplyOrders: 0, lowRatings: 1, failingEmails: 0 });
  });

  it('each count matches the filtered list it links to', async () => {
    const overdue = await callApi(porter, owner, 'GET', `/api/office/requests?status=unfinished&olderThanDays=${String(overdueAfterDays)}&pageSize=100`);
    expect(overdue.json()).toMatchObject({ items: [expect.anything()], nextCursor: null });
    const low = await callApi(porter, owner, 'GET', `/api/office/feedback?maxRating=2&withinDays=${String(lowRatingWithinDays)}`);
    expect(low.json().total).toBe(1);
  });

  it('leaves out what a supervisor may not open', async () => {
    const supervisor = await signInStaff(porter, (await createStaff(porter.ctx.db, tenant.tenantId, 'supervisor')).email);
    const dashboard = (await callApi(porter, supervisor, 'GET', '/api/office/dashboard')).json();
    expect(dashboard.attention).toMatchObject({ newRequests: 1, failingEmails: null });
  });
});
