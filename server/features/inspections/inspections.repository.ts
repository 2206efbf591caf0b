import type { Executor } from '../../db/database.ts';
import type { InspectionScale } from '../../../shared/features/inspections/inspections.contract.ts';
import type { InspectionAreasTable, InspectionPhotosTable, InspectionsTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db
    .selectFrom('locations as l')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .select(['l.id', 'l.name', 'l.customer_id', 'c.name as customer_name'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.id', '=', id)
    .executeTakeFirst();
}

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findVisit(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('visits').select(['id', 'location_id', 'status', 'name', 'starts_at']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** A location's completed visits, newest first: the ones a customer may inspect. */
export function completedVisits(db: Executor, tenantId: TenantId, locationId: string, limit: number) {
  return db
    .selectFrom('visits')
    .select(['id', 'name', 'starts_at'])
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', locationId)
    .where('status', '=', 'completed')
    .orderBy('starts_at', 'desc')
    .limit(limit)
    .execute();
}

export function tenantSettings(db: Executor, tenantId: TenantId) {
  return db.selectFrom('tenants').select(['inspection_scale', 'customers_inspect_visits']).where('id', '=', tenantId).executeTakeFirstOrThrow();
}

export async function updateTenantSettings(db: Executor, tenantId: TenantId, values: { inspection_scale: InspectionScale; customers_inspect_visits: boolean }): Promise<void> {
  await db.updateTable('tenants').set(values).where('id', '=', tenantId).execute();
}

export async function insertInspection(db: Executor, tenantId: TenantId, inspection: Omit<InspectionsTable, 'tenant_id'>, areas: Omit<InspectionAreasTable, 'tenant_id'>[]): Promise<void> {
  await db.insertInto('inspections').values({ ...inspection, tenant_id: tenantId }).execute();
  if (areas.length > 0) await db.insertInto('inspection_areas').values(areas.map((area) => ({ ...area, tenant_id: tenantId }))).execute();
}

export type InspectionFilter = { id?: string; locationId?: string; customerId?: string };

function filtered(db: Executor, tenantId: TenantId, filter: InspectionFilter) {
  let query = db.selectFrom('inspections as i').where('i.tenant_id', '=', tenantId);
  if (filter.id) query = query.where('i.id', '=', filter.id);
  if (filter.locationId) query = query.where('i.location_id', '=', filter.locationId);
  if (filter.customerId) query = query.where('i.customer_id', '=', filter.customerId);
  return query;
}

function withNames(db: Executor, tenantId: TenantId, filter: InspectionFilter) {
  return filtered(db, tenantId, filter)
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'i.location_id').onRef('l.tenant_id', '=', 'i.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'i.customer_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .select((eb) => [
      'i.id',
      'i.location_id',
      'l.name as location_name',
      'l.time_zone as location_time_zone',
      'i.customer_id',
      'c.name as customer_name',
      'i.visit_id',
      'i.scale',
      'i.score',
      'i.note',
      'i.inspector_name',
      'i.inspected_by_kind',
      'i.inspected_at',
      eb
        .selectFrom('inspection_areas as a')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('a.inspection_id', '=', 'i.id')
        .whereRef('a.tenant_id', '=', 'i.tenant_id')
        .as('area_count'),
      eb
        .selectFrom('inspection_areas as a')
        .select((sub) => sub.fn.countAll<number>().as('n'))
        .whereRef('a.inspection_id', '=', 'i.id')
        .whereRef('a.tenant_id', '=', 'i.tenant_id')
        .where('a.rating', 'is not', null)
        .as('rated_count'),
    ]);
}

export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findInspection>>>;

/** One page of inspections, newest first, with how many match in all. */
export async function listInspections(db: Executor, tenantId: TenantId, filter: InspectionFilter, page: { page: number; pageSize: number }) {
  const [items, count] = await Promise.all([
    withNames(db, tenantId, filter)
      .orderBy('i.inspected_at', 'desc')
      .orderBy('i.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    filtered(db, tenantId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export function findInspection(db: Executor, tenantId: TenantId, id: string) {
  return withNames(db, tenantId, { id }).executeTakeFirst();
}

export function areasOf(db: Executor, tenantId: TenantId, inspectionId: string) {
  return db
    .selectFrom('inspection_areas')
    .select(['id', 'name', 'rating', 'comment'])
    .where('tenant_id', '=', tenantId)
    .where('inspection_id', '=', inspectionId)
    .orderBy('position')
    .execute();
}

/** The scored inspections of the matching locations since `since`, newest first: the trends keep each location's latest. */
export function scoredInspections(db: Executor, tenantId: TenantId, filter: InspectionFilter, since: string) {
  return filtered(db, tenantId, filter)
    .where('i.inspected_at', '>=', since)
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'i.location_id').onRef('l.tenant_id', '=', 'i.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'i.customer_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .select(['i.id', 'i.location_id', 'l.name as location_name', 'l.time_zone as location_time_zone', 'c.name as customer_name', 'i.score', 'i.inspected_at'])
    .where('i.score', 'is not', null)
    .orderBy('i.inspected_at', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
}

/** The inspection a device-made id was first sent with, and who sent it. */
export function inspectionByClientId(db: Executor, tenantId: TenantId, clientId: string) {
  return db.selectFrom('inspections').select(['id', 'inspected_by_kind', 'inspected_by_id']).where('tenant_id', '=', tenantId).where('client_id', '=', clientId).executeTakeFirst();
}

/** The area at a position of the form an inspection was made from. */
export function areaAt(db: Executor, tenantId: TenantId, inspectionId: string, position: number) {
  return db.selectFrom('inspection_areas').select(['id']).where('tenant_id', '=', tenantId).where('inspection_id', '=', inspectionId).where('position', '=', position).executeTakeFirst();
}

/** A queued photo by its device-made id, with the inspection its area belongs to. */
export function queuedPhotoByClientId(db: Executor, tenantId: TenantId, clientId: string) {
  return db
    .selectFrom('inspection_photos as p')
    .innerJoin('inspection_areas as a', (join) => join.onRef('a.id', '=', 'p.inspection_area_id').onRef('a.tenant_id', '=', 'p.tenant_id'))
    .select(['p.staff_user_id', 'a.inspection_id'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.client_id', '=', clientId)
    .executeTakeFirst();
}

export async function insertQueuedPhoto(db: Executor, tenantId: TenantId, photo: Omit<InspectionPhotosTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('inspection_photos').values({ ...photo, tenant_id: tenantId }).execute();
}
