import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardSetup } from '../../../shared/features/billing/cards.contract.ts';
import { testCards } from '../../../shared/features/billing/test-cards.ts';
import { days } from '../../lib/time.ts';
import { createCustomer, createPortalUser, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, testClock, testDialects, type TestPorter } from '../../test/harness.ts';
import { extendAllSeries } from './visits.service.ts';

// A Monday; the weekly visits are on Mondays at 09:00 UTC.
const start = new Date('2026-03-02T06:00:00Z');

describe.each(testDialects())('visits of a customer on autopay on %s', (kind) => {
  let porter: TestPorter;
  let tenant: Awaited<ReturnType<typeof createTenant>>;
  let owner: string;
  const clock = testClock(start);

  beforeAll(async () => {
    porter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
    tenant = await createTenant(porter.ctx.db);
    owner = await signInStaff(porter, tenant.ownerEmail);
  });
  afterAll(() => porter.close());

  /** A customer with a weekly service, a billing contact signed in and a card on file. */
  async function customerWithVisits() {
    const customer = await createCustomer(porter.ctx.db, tenant.tenantId, { portal: true });
    const locationId = customer.locationIds[0]!;
    const user = await createPortalUser(porter.ctx.db, tenant.tenantId, customer.id, customer.locationIds);
    await inspect(porter.ctx.db).updateTable('portal_user_customers').set({ is_billing_contact: true }).where('portal_user_id', '=', user.id).execute();
    const portal = await signInPortal(porter, tenant.slug, user.email);
    const service = await callApi(porter, owner, 'POST', `/api/office/customers/${customer.id}/account-services`, {
      locationId,
      name: 'Weekly clean',
      frequency: { kind: 'weekly', interval: 1, days: ['MO'] },
      startDate: '2026-03-02',
      startTime: '09:00',
      durationMinutes: 120,
      price: 12_000,
    });
    expect((await callApi(porter, owner, 'POST', `/api/office/account-services/${service.json().id}/schedule`)).statusCode).toBe(200);
    const url = (path: string) => `/api/portal/${tenant.slug}/locations/${locationId}/billing/${path}`;
    const setup: CardSetup = (await callApi(porter, portal, 'POST', url('cards/setup'))).json();
    await callApi(porter, '', 'POST', `/api/test-gateway/setup-intents/${setup.setupId}/confirm`, { clientSecret: setup.clientSecret, number: testCards.succeeds, expMonth: 12, expYear: 2030, cvc: '123' });
    expect((await callApi(porter, portal, 'POST', url('cards'), { setupId: setup.setupId })).statusCode).toBe(201);
    return { customer, portal, url };
  }
  const visitsOf = (customerId: string) => inspect(porter.ctx.db).selectFrom('visits').select(['status', 'autopay']).where('customer_id', '=', customerId).execute();

  it('makes the visits the horizon job adds later autopay for an enrolled customer, and not for one who left', async () => {
    const enrolled = await customerWithVisits();
    expect((await callApi(porter, enrolled.portal, 'PUT', enrolled.url('autopay'), { enrolled: true })).statusCode).toBe(200);
    const left = await customerWithVisits();
    await callApi(porter, left.portal, 'PUT', left.url('autopay'), { enrolled: true });
    await callApi(porter, left.portal, 'PUT', left.url('autopay'), { enrolled: false });
    const before = (await visitsOf(enrolled.customer.id)).length;

    clock.advance(days(60));
    expect(await extendAllSeries(porter.ctx.db, clock.now())).toBeGreaterThan(0);
    const after = await visitsOf(enrolled.customer.id);
    expect(after.length).toBeGreaterThan(before);
    expect(after.every((v) => v.autopay)).toBe(true);
    const theirs = await visitsOf(left.customer.id);
    expect(theirs.length).toBe(after.length);
    expect(theirs.some((v) => v.autopay)).toBe(false);
  });
});
