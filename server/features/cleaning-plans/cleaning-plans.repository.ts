import type { DatabaseKind, Executor } from '../../db/database.ts';
import type { CleaningPlanAreasTable, CleaningPlanTasksTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

const locationColumns = ['id', 'name', 'address', 'customer_id'] as const;

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('locations').select(locationColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/**
 * The location, locked on PostgreSQL until the transaction ends, so two people adding areas or
 * reordering at once take turns and the count they check stays true; SQLite runs one write
 * transaction at a time anyway.
 */
export function lockLocation(db: Executor, dbKind: DatabaseKind, tenantId: TenantId, id: string) {
  const query = db.selectFrom('locations').select(locationColumns).where('tenant_id', '=', tenantId).where('id', '=', id);
  return (dbKind === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

const areaColumns = ['id', 'location_id', 'name', 'notes', 'position'] as const;
const taskColumns = ['id', 'area_id', 'location_id', 'text', 'frequency', 'position'] as const;

export type AreaRow = NonNullable<Awaited<ReturnType<typeof findArea>>>;
export type TaskRow = NonNullable<Awaited<ReturnType<typeof findTask>>>;

export function listAreas(db: Executor, tenantId: TenantId, locationId: string) {
  return db.selectFrom('cleaning_plan_areas').select(areaColumns).where('tenant_id', '=', tenantId).where('location_id', '=', locationId).orderBy('position').orderBy('id').execute();
}

export function listTasks(db: Executor, tenantId: TenantId, locationId: string) {
  return db.selectFrom('cleaning_plan_tasks').select(taskColumns).where('tenant_id', '=', tenantId).where('location_id', '=', locationId).orderBy('position').orderBy('id').execute();
}

export function tasksOfArea(db: Executor, tenantId: TenantId, areaId: string) {
  return db.selectFrom('cleaning_plan_tasks').select(taskColumns).where('tenant_id', '=', tenantId).where('area_id', '=', areaId).orderBy('position').orderBy('id').execute();
}

export function findArea(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('cleaning_plan_areas').select(areaColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The area, locked on PostgreSQL like `lockLocation`, for the count of its tasks and their order. */
export function lockArea(db: Executor, dbKind: DatabaseKind, tenantId: TenantId, id: string) {
  const query = db.selectFrom('cleaning_plan_areas').select(areaColumns).where('tenant_id', '=', tenantId).where('id', '=', id);
  return (dbKind === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export function findTask(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('cleaning_plan_tasks').select(taskColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** How many rows there are and the last position taken, so a new one goes to the end. */
async function sizeOf(query: Promise<{ n: number | string | bigint; top: number | string | null } | undefined>): Promise<{ count: number; next: number }> {
  const row = await query;
  return { count: Number(row?.n ?? 0), next: row?.top === null || row?.top === undefined ? 0 : Number(row.top) + 1 };
}

export function areasSize(db: Executor, tenantId: TenantId, locationId: string) {
  return sizeOf(
    db
      .selectFrom('cleaning_plan_areas')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max<number | null>('position').as('top')])
      .where('tenant_id', '=', tenantId)
      .where('location_id', '=', locationId)
      .executeTakeFirst(),
  );
}

export function tasksSize(db: Executor, tenantId: TenantId, areaId: string) {
  return sizeOf(
    db
      .selectFrom('cleaning_plan_tasks')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max<number | null>('position').as('top')])
      .where('tenant_id', '=', tenantId)
      .where('area_id', '=', areaId)
      .executeTakeFirst(),
  );
}

export async function insertAreas(db: Executor, tenantId: TenantId, areas: Omit<CleaningPlanAreasTable, 'tenant_id'>[]): Promise<void> {
  if (areas.length === 0) return;
  await db
    .insertInto('cleaning_plan_areas')
    .values(areas.map((area) => ({ ...area, tenant_id: tenantId })))
    .execute();
}

export async function insertTasks(db: Executor, tenantId: TenantId, tasks: Omit<CleaningPlanTasksTable, 'tenant_id'>[]): Promise<void> {
  if (tasks.length === 0) return;
  await db
    .insertInto('cleaning_plan_tasks')
    .values(tasks.map((task) => ({ ...task, tenant_id: tenantId })))
    .execute();
}

export async function updateArea(db: Executor, tenantId: TenantId, id: string, values: Partial<Pick<CleaningPlanAreasTable, 'name' | 'notes' | 'position' | 'updated_at'>>): Promise<void> {
  await db.updateTable('cleaning_plan_areas').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function updateTask(db: Executor, tenantId: TenantId, id: string, values: Partial<Pick<CleaningPlanTasksTable, 'text' | 'frequency' | 'position' | 'updated_at'>>): Promise<void> {
  await db.updateTable('cleaning_plan_tasks').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** An area and its tasks; the tasks go first, so nothing depends on the database cascading. */
export async function deleteArea(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('cleaning_plan_tasks').where('tenant_id', '=', tenantId).where('area_id', '=', id).execute();
  await db.deleteFrom('cleaning_plan_areas').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteTask(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('cleaning_plan_tasks').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deletePlan(db: Executor, tenantId: TenantId, locationId: string): Promise<void> {
  await db.deleteFrom('cleaning_plan_tasks').where('tenant_id', '=', tenantId).where('location_id', '=', locationId).execute();
  await db.deleteFrom('cleaning_plan_areas').where('tenant_id', '=', tenantId).where('location_id', '=', locationId).execute();
}

/** The customer's other locations that have a plan, by name, with how many areas and tasks each has. */
export async function otherPlansOfCustomer(db: Executor, tenantId: TenantId, customerId: string, exceptLocationId: string) {
  const rows = await db
    .selectFrom('locations as l')
    .innerJoin('cleaning_plan_areas as a', (join) => join.onRef('a.location_id', '=', 'l.id').onRef('a.tenant_id', '=', 'l.tenant_id'))
    .select((eb) => [
      'l.id',
      'l.name',
      eb.fn.count<number>('a.id').as('areas'),
      eb
        .selectFrom('cleaning_plan_tasks as t')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .whereRef('t.tenant_id', '=', 'l.tenant_id')
        .whereRef('t.location_id', '=', 'l.id')
        .as('tasks'),
    ])
    .where('l.tenant_id', '=', tenantId)
    .where('l.customer_id', '=', customerId)
    .where('l.id', '!=', exceptLocationId)
    .groupBy(['l.id', 'l.name', 'l.tenant_id'])
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
  return rows.map((row) => ({ id: row.id, name: row.name, areas: Number(row.areas), tasks: Number(row.tasks ?? 0) }));
}
