import { PostgresAdapter, sql } from 'kysely';
import type { Db } from '../server/db/database.ts';
import { unscoped } from '../server/db/tenant-scope.ts';
import { newId } from '../server/lib/ids.ts';
import { hashPassword } from '../server/platform/auth/passwords.ts';
import { createTenantWithOwner } from '../server/platform/tenants/tenants.service.ts';

export const benchPassword = 'bench-password-1';
export const benchOwnerEmail = 'owner@bench.test';
export const benchPortalEmail = 'pm@bench.test';

export type LargeTenant = { tenantId: string; sampleCustomerId: string; portalUserId: string };

const words = ['Cascade', 'Summit', 'Harbor', 'Pioneer', 'Alder', 'Granite', 'Maple', 'Cedar', 'River', 'Lake', 'North', 'West'];
const kinds = ['Dental', 'Logistics', 'Bakery', 'Clinic', 'Library', 'Gym', 'Offices', 'Motors', 'School', 'Hotel'];

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * A tenant the size of a large cleaning company: 10,000 customers, 20,000 locations, 30,000
 * portal users (each customer has three contacts with access to its two locations). One
 * portal user, a property manager, has a password and reaches five customers.
 */
export async function seedLargeTenant(db: Db, sizes = { customers: 10_000 }): Promise<LargeTenant> {
  const passwordHash = await hashPassword(benchPassword);
  const { tenantId } = await db.transaction().execute((trx) =>
    createTenantWithOwner(trx, { name: 'Bench Cleaning', slug: 'bench', owner: { name: 'Bench Owner', email: benchOwnerEmail, passwordHash } }),
  );
  const now = new Date().toISOString();
  const customers = Array.from({ length: sizes.customers }, (_, i) => ({
    id: newId(),
    tenant_id: tenantId,
    name: `${words[i % words.length]} ${kinds[Math.floor(i / words.length) % kinds.length]} ${i}`,
    type: (i % 4 === 0 ? 'residential' : 'commercial') as 'residential' | 'commercial',
    email: `billing${i}@customer${i}.example`,
    phone: `555-${String(i).padStart(5, '0')}`,
    billing_address: `${i} Bench Street, Springfield`,
    city: 'Springfield',
    archived_at: null,
    created_at: now,
  }));
  const locations = customers.flatMap((c, i) =>
    ['North site', 'South site'].map((name) => ({
      id: newId(),
      tenant_id: tenantId,
      customer_id: c.id,
      name: `${name} ${i}`,
      address: `${i} Bench Street, Springfield`,
      time_zone: 'America/Chicago',
      created_at: now,
      portal_enabled: true,
      feature_service_requests: true,
      feature_feedback: true,
    })),
  );
  const portalUsers = customers.flatMap((c, i) =>
    [0, 1, 2].map((n) => ({ id: newId(), tenant_id: tenantId, email: `contact${n}.${i}@customer${i}.example`, name: `Contact ${n} of ${i}`, created_at: now, customerId: c.id })),
  );
  await db.transaction().execute(async (trx) => {
    await insertInBatches(customers, (batch) => trx.insertInto('customers').values(batch).execute());
    await insertInBatches(locations, (batch) => trx.insertInto('locations').values(batch).execute());
    await insertInBatches(portalUsers, (batch) =>
      trx.insertInto('portal_users').values(batch.map(({ customerId: _, ...u }) => u)).execute(),
    );
    await insertInBatches(portalUsers, (batch) =>
      trx
        .insertInto('portal_user_customers')
        .values(batch.map((u) => ({ tenant_id: tenantId, portal_user_id: u.id, customer_id: u.customerId, is_billing_contact: false })))
        .execute(),
    );
    const locationsByCustomer = Map.groupBy(locations, (l) => l.customer_id);
    const grants = portalUsers.flatMap((u) =>
      (locationsByCustomer.get(u.customerId) ?? []).map((l) => ({ tenant_id: tenantId, portal_user_id: u.id, location_id: l.id })),
    );
    await insertInBatches(grants, (batch) => trx.insertInto('portal_user_locations').values(batch).execute());
  });
  const portalUserId = await seedPropertyManager(db, tenantId, customers.slice(0, 5).map((c) => c.id), locations);
  return { tenantId, sampleCustomerId: customers[Math.floor(customers.length / 2)]!.id, portalUserId };
}

async function seedPropertyManager(db: Db, tenantId: string, customerIds: string[], locations: { id: string; customer_id: string }[]): Promise<string> {
  const id = newId();
  await db
    .insertInto('portal_users')
    .values({ id, tenant_id: tenantId, email: benchPortalEmail, name: 'Pat Manager', password_hash: await hashPassword(benchPassword), created_at: new Date().toISOString() })
    .execute();
  await db
    .insertInto('portal_user_customers')
    .values(customerIds.map((customer_id) => ({ tenant_id: tenantId, portal_user_id: id, customer_id, is_billing_contact: true })))
    .execute();
  await db
    .insertInto('portal_user_locations')
    .values(locations.filter((l) => customerIds.includes(l.customer_id)).map((l) => ({ tenant_id: tenantId, portal_user_id: id, location_id: l.id })))
    .execute();
  return id;
}

/**
 * 100,000 service requests spread over the tenant's locations over the past year. As in a
 * real office, the old ones are resolved or closed; the latest 2,000 are still being worked.
 */
export async function seedRequests(db: Db, tenantId: string, busyLocationIds: string[], count = 100_000): Promise<void> {
  const locations = await db.selectFrom('locations').select(['id', 'customer_id']).where('tenant_id', '=', tenantId).orderBy('id').execute();
  const users = await db.selectFrom('portal_user_customers').select(['portal_user_id', 'customer_id']).where('tenant_id', '=', tenantId).execute();
  const userOf = new Map(users.map((u) => [u.customer_id, u.portal_user_id]));
  const statuses = ['new', 'open', 'in_progress', 'pending_confirmation', 'resolved', 'closed'] as const;
  const start = Date.now() - 365 * 86_400_000;
  const year = new Date().getUTCFullYear();
  const rows = Array.from({ length: count }, (_, i) => {
    // Every 50th request goes to one of the busy sites, so each has a long history.
    const busyId = i % 50 === 0 ? busyLocationIds[(i / 50) % busyLocationIds.length] : undefined;
    const location = (busyId ? locations.find((l) => l.id === busyId) : undefined) ?? locations[i % locations.length]!;
    const created = new Date(start + Math.floor((i / count) * 365 * 86_400_000)).toISOString();
    return {
      id: newId(Date.parse(created)),
      tenant_id: tenantId,
      reference: `SR-${year}-${String(i + 1).padStart(6, '0')}`,
      customer_id: location.customer_id,
      location_id: location.id,
      portal_user_id: userOf.get(location.customer_id) ?? null,
      subject: 'Extra cleaning visit',
      text: `Request number ${i}: please clean the break room again.`,
      status: i < count - 2_000 ? (i % 2 === 0 ? 'resolved' : 'closed') : statuses[i % statuses.length]!,
      created_at: created,
      updated_at: created,
    };
  });
  await db.transaction().execute(async (trx) => {
    await insertInBatches(rows, (batch) => trx.insertInto('service_requests').values(batch).execute(), 400);
  });
}

/**
 * A year of history and a year ahead of weekly visits: one service per customer at its first
 * location, 100 visits each (1,000,000 with 10,000 customers), each with one of 250 technicians.
 * The property manager's customers are among them, so the portal shows a next visit.
 */
export async function seedVisits(db: Db, tenantId: string, weeks = 100): Promise<{ staffId: string }> {
  const week = 7 * 86_400_000;
  const now = Date.now();
  const created = new Date(now).toISOString();
  // A company of 10,000 sites has hundreds of technicians: about eight visits a day each.
  const staff = Array.from({ length: 250 }, (_, i) => ({ id: newId(), tenant_id: tenantId, email: `tech${i}@bench.test`, name: `Technician ${i}`, role: 'technician' as const, created_at: created }));
  const sites = await db.selectFrom('locations').select(['id', 'customer_id']).where('tenant_id', '=', tenantId).where('name', 'like', 'North site%').orderBy('id').execute();
  const services = sites.map((site, i) => ({
    id: newId(),
    tenant_id: tenantId,
    customer_id: site.customer_id,
    location_id: site.id,
    name: 'Weekly office clean',
    rrule: 'FREQ=WEEKLY;INTERVAL=1;BYDAY=MO;WKST=MO',
    start_date: '2025-01-06',
    start_time: '18:00',
    duration_minutes: 120,
    price: 12_000,
    status: 'scheduled' as const,
    visits_until: new Date(now + (weeks / 2) * week).toISOString(),
    created_at: created,
    updated_at: created,
    technician: staff[i % staff.length]!.id,
    // Spread over the week and the evening, as a real route sheet is.
    offset: (i % 5) * 86_400_000 + (i % 4) * 3_600_000,
  }));
  // Seeding a million visits on PostgreSQL took over 20 minutes, for two reasons. Team rows written
  // between batches of visits had their triggers' lookups of the visit planned while the table
  // looked empty: all visits come first now (40,000 visits: 75 s before, 4 s after). And the
  // trigger that counts each visit's team rewrote every visit once more, in each of its indexes:
  // there the seed writes the count the trigger would have, with the trigger off for this
  // transaction only (7.6 s to 4.1 s).
  const countedHere = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.transaction().execute(async (trx) => {
    if (countedHere) await sql`alter table visit_team disable trigger visit_team_size`.execute(unscoped(trx, 'a table-wide switch of the seed'));
    await trx.insertInto('staff_users').values(staff).execute();
    await insertInBatches(services, (batch) => trx.insertInto('account_services').values(batch.map(({ technician: _, offset: __, ...s }) => s)).execute());
    const first = now - (weeks / 2) * week;
    const team: { tenant_id: string; visit_id: string; staff_user_id: string }[] = [];
    for (const service of services) {
      const visits = Array.from({ length: weeks }, (_, n) => {
        const starts = new Date(first + n * week + service.offset);
        return {
          id: newId(starts.getTime()),
          tenant_id: tenantId,
          customer_id: service.customer_id,
          location_id: service.location_id,
          account_service_id: service.id,
          original_date: starts.toISOString().slice(0, 10),
          name: service.name,
          starts_at: starts.toISOString(),
          duration_minutes: 120,
          status: starts.getTime() < now ? ('completed' as const) : ('scheduled' as const),
          price: 12_000,
          team_size: countedHere ? 1 : 0,
          created_at: created,
          updated_at: created,
        };
      });
      await trx.insertInto('visits').values(visits).execute();
      team.push(...visits.map((v) => ({ tenant_id: tenantId, visit_id: v.id, staff_user_id: service.technician })));
    }
    await insertInBatches(team, (batch) => trx.insertInto('visit_team').values(batch).execute());
    if (countedHere) await sql`alter table visit_team enable trigger visit_team_size`.execute(unscoped(trx, 'a table-wide switch of the seed'));
  });
  return { staffId: staff[0]!.id };
}
