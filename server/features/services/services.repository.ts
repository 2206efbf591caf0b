import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { catalogueCap } from '../../../shared/paging.ts';

export function listServices(db: Executor, tenantId: TenantId) {
  return db.selectFrom('services').selectAll().where('tenant_id', '=', tenantId).orderBy('name').orderBy('id').limit(catalogueCap).execute();
}

export function findService(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('services').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function assignedLocations(db: Executor, tenantId: TenantId, serviceIds: string[]) {
  if (serviceIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('service_locations as sl')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'sl.location_id').onRef('l.tenant_id', '=', 'sl.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .select(['sl.service_id', 'l.id', 'l.name', 'c.name as customer_name'])
    .where('sl.tenant_id', '=', tenantId)
    .where('sl.service_id', 'in', serviceIds)
    .orderBy('c.name')
    .orderBy('l.name')
    .execute();
}

export async function countOwnLocations(db: Executor, tenantId: TenantId, locationIds: string[]): Promise<number> {
  if (locationIds.length === 0) return 0;
  const row = await db
    .selectFrom('locations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', locationIds)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function saveService(
  db: Executor,
  tenantId: TenantId,
  service: { id: string; name: string; description: string | null; active: boolean; visible_in_portal: boolean; all_locations: boolean; created_at: string },
  locationIds: string[],
): Promise<void> {
  const { id, name, description, active, visible_in_portal, all_locations } = service;
  await db
    .insertInto('services')
    .values({ ...service, tenant_id: tenantId })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name, description, active, visible_in_portal, all_locations }).where('services.tenant_id', '=', tenantId))
    .execute();
  await db.deleteFrom('service_locations').where('tenant_id', '=', tenantId).where('service_id', '=', id).execute();
  if (locationIds.length === 0) return;
  await db
    .insertInto('service_locations')
    .values(locationIds.map((location_id) => ({ tenant_id: tenantId, service_id: id, location_id })))
    .execute();
}

export function listCategories(db: Executor, tenantId: TenantId, activeOnly = false) {
  let query = db.selectFrom('request_categories').select(['id', 'name', 'active']).where('tenant_id', '=', tenantId);
  if (activeOnly) query = query.where('active', '=', true);
  return query.orderBy('name').orderBy('id').limit(catalogueCap).execute();
}

export function findCategory(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('request_categories').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function saveCategory(db: Executor, tenantId: TenantId, category: { id: string; name: string; active: boolean; created_at: string }): Promise<void> {
  await db
    .insertInto('request_categories')
    .values({ ...category, tenant_id: tenantId })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name: category.name, active: category.active }).where('request_categories.tenant_id', '=', tenantId))
    .execute();
}
