import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { containsText, searchWords } from '../../db/like.ts';
import type { LocationsTable, StaffLocationAssignmentsTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export async function listLocations(db: Executor, tenantId: TenantId, query: { q?: string; customerId?: string; page: number; pageSize: number }) {
  let base = db
    .selectFrom('locations as l')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .where('l.tenant_id', '=', tenantId);
  base = query.customerId ? base.where('l.customer_id', '=', query.customerId) : base.where('c.archived_at', 'is', null);
  for (const word of searchWords(query.q)) {
    base = base.where((eb) => eb.or([containsText('l.name', word), containsText('l.address', word), containsText('c.name', word)]));
  }
  const [items, count] = await Promise.all([
    base
      .select(['l.id', 'l.name', 'l.customer_id', 'c.name as customer_name', 'l.address', 'l.time_zone', 'l.portal_enabled'])
      .orderBy('l.name')
      .orderBy('l.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db
    .selectFrom('locations as l')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .selectAll('l')
    .select(['c.name as customer_name', 'c.archived_at as customer_archived_at'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.id', '=', id)
    .executeTakeFirst();
}

export function portalUsersOfLocation(db: Executor, tenantId: TenantId, locationId: string) {
  return db
    .selectFrom('portal_user_locations as pul')
    .innerJoin('portal_users as pu', (join) => join.onRef('pu.id', '=', 'pul.portal_user_id').onRef('pu.tenant_id', '=', 'pul.tenant_id'))
    .select(['pu.id', 'pu.name', 'pu.email'])
    .where('pul.tenant_id', '=', tenantId)
    .where('pul.location_id', '=', locationId)
    .orderBy('pu.name')
    .execute();
}

type LocationValues = Pick<LocationsTable, 'name' | 'address' | 'time_zone' | 'access_notes'>;

export async function insertLocation(db: Executor, tenantId: TenantId, values: LocationValues & { id: string; customer_id: string; created_at: string }): Promise<void> {
  await db.insertInto('locations').values({ ...values, tenant_id: tenantId }).execute();
}

export async function updateLocation(db: Executor, tenantId: TenantId, id: string, values: Omit<Updateable<LocationsTable>, 'id' | 'tenant_id' | 'customer_id'>): Promise<void> {
  await db.updateTable('locations').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export function assignmentsOfLocation(db: Executor, tenantId: TenantId, locationId: string) {
  return db
    .selectFrom('staff_users as s')
    .leftJoin('staff_location_assignments as a', (join) => join.onRef('a.staff_user_id', '=', 's.id').onRef('a.tenant_id', '=', 's.tenant_id').on('a.location_id', '=', locationId))
    .select(['s.id', 's.name', 's.email', 's.role', 's.mobile_phone', 's.mobile_carrier', 's.mobile_carrier_domain', 'a.assigned', 'a.trained', 'a.notification_style'])
    .where('s.tenant_id', '=', tenantId)
    .where('s.role', '!=', 'no_access')
    .orderBy('s.name')
    .execute();
}

export function findStaffMember(db: Executor, tenantId: TenantId, staffId: string) {
  return db.selectFrom('staff_users').selectAll().where('tenant_id', '=', tenantId).where('id', '=', staffId).executeTakeFirst();
}

export async function saveAssignment(
  db: Executor,
  tenantId: TenantId,
  values: Pick<StaffLocationAssignmentsTable, 'location_id' | 'staff_user_id' | 'assigned' | 'trained'> & { notification_style: 'none' | 'email' | 'text' },
): Promise<void> {
  if (!values.assigned && !values.trained) {
    await db.deleteFrom('staff_location_assignments').where('tenant_id', '=', tenantId).where('location_id', '=', values.location_id).where('staff_user_id', '=', values.staff_user_id).execute();
    return;
  }
  const { assigned, trained, notification_style } = values;
  await db
    .insertInto('staff_location_assignments')
    .values({ ...values, tenant_id: tenantId })
    .onConflict((oc) => oc.columns(['location_id', 'staff_user_id']).doUpdateSet({ assigned, trained, notification_style }).where('staff_location_assignments.tenant_id', '=', tenantId))
    .execute();
}

export async function isPortalUserOfLocation(db: Executor, tenantId: TenantId, locationId: string, portalUserId: string): Promise<boolean> {
  const row = await db
    .selectFrom('portal_user_locations')
    .select('portal_user_id')
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', locationId)
    .where('portal_user_id', '=', portalUserId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function customerExists(db: Executor, tenantId: TenantId, customerId: string): Promise<boolean> {
  const row = await db.selectFrom('customers').select('id').where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
  return row !== undefined;
}
