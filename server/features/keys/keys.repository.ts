import type { DatabaseKind, Executor } from '../../db/database.ts';
import type { CustomerKeysTable, KeyMovementsTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('locations').select(['id', 'name', 'customer_id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** A staff member who can sign in (not deactivated, not kept on file only): the people a key is handed to. */
export function findHolder(db: Executor, tenantId: TenantId, id: string) {
  return db
    .selectFrom('staff_users')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('deactivated_at', 'is', null)
    .where('role', '!=', 'no_access')
    .executeTakeFirst();
}

export function listHolders(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('staff_users')
    .select(['id', 'name'])
    .where('tenant_id', '=', tenantId)
    .where('deactivated_at', 'is', null)
    .where('role', '!=', 'no_access')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Keys with their location's name and their holder's, as the office lists them. */
function keysWithNames(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('customer_keys as k')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'k.location_id').onRef('l.tenant_id', '=', 'k.tenant_id'))
    .leftJoin('staff_users as h', (join) => join.onRef('h.id', '=', 'k.holder_staff_id').onRef('h.tenant_id', '=', 'k.tenant_id'))
    .select(['k.id', 'k.location_id', 'l.name as location_name', 'l.customer_id', 'k.label', 'k.kind', 'k.code', 'k.notes', 'k.holder_staff_id', 'h.name as holder_name', 'k.held_since'])
    .where('k.tenant_id', '=', tenantId);
}
export type KeyRow = NonNullable<Awaited<ReturnType<typeof findKey>>>;

export function findKey(db: Executor, tenantId: TenantId, id: string) {
  return keysWithNames(db, tenantId).where('k.id', '=', id).executeTakeFirst();
}

/**
 * The key, locked on PostgreSQL until the transaction ends, so two people recording a check-out
 * at once take turns and the second sees the first's holder; SQLite runs one writer at a time anyway.
 */
export function lockKey(db: Executor, dbKind: DatabaseKind, tenantId: TenantId, id: string) {
  const query = db.selectFrom('customer_keys').select(['id', 'holder_staff_id']).where('tenant_id', '=', tenantId).where('id', '=', id);
  return (dbKind === 'postgres' ? query.forUpdate() : query).executeTakeFirst();
}

export function keysOfCustomer(db: Executor, tenantId: TenantId, customerId: string, page: { limit: number; offset: number }) {
  return keysWithNames(db, tenantId).where('l.customer_id', '=', customerId).orderBy('l.name').orderBy('k.label').orderBy('k.id').limit(page.limit).offset(page.offset).execute();
}

export async function countKeysOfCustomer(db: Executor, tenantId: TenantId, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('customer_keys as k')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'k.location_id').onRef('l.tenant_id', '=', 'k.tenant_id'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('k.tenant_id', '=', tenantId)
    .where('l.customer_id', '=', customerId)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export function keysOfLocation(db: Executor, tenantId: TenantId, locationId: string) {
  return keysWithNames(db, tenantId).where('k.location_id', '=', locationId).orderBy('k.label').orderBy('k.id').execute();
}

export async function insertKey(db: Executor, tenantId: TenantId, key: Omit<CustomerKeysTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('customer_keys').values({ ...key, tenant_id: tenantId }).execute();
}

export async function updateKey(db: Executor, tenantId: TenantId, id: string, values: Partial<Omit<CustomerKeysTable, 'id' | 'tenant_id' | 'created_at'>>): Promise<void> {
  await db.updateTable('customer_keys').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

/** A key and its log; the log goes first, so nothing depends on the database cascading. */
export async function deleteKey(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('key_movements').where('tenant_id', '=', tenantId).where('key_id', '=', id).execute();
  await db.deleteFrom('customer_keys').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function insertMovement(db: Executor, tenantId: TenantId, movement: Omit<KeyMovementsTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('key_movements').values({ ...movement, tenant_id: tenantId }).execute();
}

export function movementsOf(db: Executor, tenantId: TenantId, keyId: string, page: { limit: number; offset: number }) {
  return db
    .selectFrom('key_movements as m')
    .leftJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'm.staff_user_id').onRef('s.tenant_id', '=', 'm.tenant_id'))
    .leftJoin('staff_users as r', (join) => join.onRef('r.id', '=', 'm.recorded_by_staff_id').onRef('r.tenant_id', '=', 'm.tenant_id'))
    .select(['m.id', 'm.kind', 'm.staff_user_id', 's.name as staff_name', 'm.recorded_by_staff_id', 'r.name as recorded_by_name', 'm.happened_at'])
    .where('m.tenant_id', '=', tenantId)
    .where('m.key_id', '=', keyId)
    .orderBy('m.happened_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
}

export async function countMovements(db: Executor, tenantId: TenantId, keyId: string): Promise<number> {
  const row = await db.selectFrom('key_movements').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('key_id', '=', keyId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The location of a visit the person is on the team of; undefined for any other visit, in this company or not. */
export async function teamVisitLocation(db: Executor, tenantId: TenantId, staffId: string, visitId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('visits as v')
    .innerJoin('visit_team as t', (join) => join.onRef('t.visit_id', '=', 'v.id').onRef('t.tenant_id', '=', 'v.tenant_id').on('t.staff_user_id', '=', staffId))
    .select(['v.location_id'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.id', '=', visitId)
    .executeTakeFirst();
  return row?.location_id;
}
