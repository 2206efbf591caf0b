import type { DatabaseKind } from '../../db/database.ts';
import { createCustomer, createPortalUser, createStaff, createTenant } from '../../test/factories.ts';
import { callApi, inspect, signInPortal, signInStaff, startTestPorter, type TestPorter } from '../../test/harness.ts';

/** A clock the tests set to an exact instant, so each boundary is reached on purpose. */
export function settableClock(start: string) {
  let now = Date.parse(start);
  return {
    now: () => new Date(now),
    set: (iso: string) => {
      now = Date.parse(iso);
    },
  };
}

export const weeklyClean = {
  name: 'Weekly clean',
  frequency: { kind: 'weekly', interval: 1, days: ['MO'] },
  startTime: '09:00',
  durationMinutes: 120,
  price: 12_000,
  rateModifications: [
    { name: 'Pet surcharge', kind: 'fixed', amount: 1_500 },
    { name: 'Loyalty discount', kind: 'percent', amount: -1_000 },
  ],
};

type Company = Awaited<ReturnType<typeof createTenant>> & { owner: string };

/**
 * A company with a customer of two locations whose contact sees both, a colleague who sees only
 * the first, a customer of one location, and another company: each with a weekly clean on Mondays
 * at 09:00, scheduled on Monday 2 March 2026 at noon UTC.
 */
export async function portalVisitsWorld(kind: DatabaseKind, start = '2026-03-02T12:00:00Z') {
  const clock = settableClock(start);
  const porter: TestPorter = await startTestPorter(kind, {}, { now: clock.now, housekeeping: false });
  const db = porter.ctx.db;
  const company = async (): Promise<Company> => {
    const tenant = await createTenant(db);
    return { ...tenant, owner: await signInStaff(porter, tenant.ownerEmail) };
  };
  const [a, b] = [await company(), await company()];

  const ana = await createStaff(db, a.tenantId, 'technician');
  const ben = await createStaff(db, a.tenantId, 'technician');
  await inspect(db).updateTable('staff_users').set({ name: 'Ana María López' }).where('id', '=', ana.id).execute();
  await inspect(db).updateTable('staff_users').set({ name: 'Ben Ortiz' }).where('id', '=', ben.id).execute();

  const family = await createCustomer(db, a.tenantId, { name: 'Hansen family', portal: true, locations: 2, features: ['serviceRequests'] });
  const single = await createCustomer(db, a.tenantId, { name: 'Solo Bakery', portal: true, features: ['serviceRequests'] });
  const other = await createCustomer(db, b.tenantId, { name: 'Elsewhere', portal: true, features: ['serviceRequests'] });
  const contact = await createPortalUser(db, a.tenantId, family.id, family.locationIds);
  const colleague = await createPortalUser(db, a.tenantId, family.id, [family.locationIds[0]!]);
  const singleContact = await createPortalUser(db, a.tenantId, single.id, single.locationIds);
  const otherContact = await createPortalUser(db, b.tenantId, other.id, other.locationIds);

  async function scheduleWeekly(owner: string, customerId: string, locationId: string, teamIds: string[] = []): Promise<string> {
    const added = await callApi(porter, owner, 'POST', `/api/office/customers/${customerId}/account-services`, { ...weeklyClean, locationId, startDate: '2026-03-02', teamIds });
    if (added.statusCode !== 201) throw new Error(`service not added: ${added.body}`);
    const scheduled = await callApi(porter, owner, 'POST', `/api/office/account-services/${added.json().id}/schedule`);
    if (scheduled.statusCode !== 200) throw new Error(`service not scheduled: ${scheduled.body}`);
    return added.json().id;
  }
  await scheduleWeekly(a.owner, family.id, family.locationIds[0]!, [ana.id, ben.id]);
  await scheduleWeekly(a.owner, family.id, family.locationIds[1]!);
  await scheduleWeekly(a.owner, single.id, single.locationIds[0]!);
  await scheduleWeekly(b.owner, other.id, other.locationIds[0]!);

  /** The id of the visit at a location that starts at an instant. */
  async function visitAt(locationId: string, startsAt: string): Promise<string> {
    const row = await inspect(db).selectFrom('visits').select('id').where('location_id', '=', locationId).where('starts_at', '=', startsAt).executeTakeFirstOrThrow();
    return row.id;
  }

  return {
    porter,
    clock,
    a,
    b,
    ana,
    family,
    single,
    other,
    contact,
    colleague,
    singleContact,
    otherContact,
    visitAt,
    scheduleWeekly,
    signIn: (slug: string, email: string) => signInPortal(porter, slug, email),
    /** The first company's owner, signed in now: a session idles out when the clock jumps weeks. */
    owner: () => signInStaff(porter, a.ownerEmail),
  };
}
