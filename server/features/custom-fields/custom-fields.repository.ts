import type { Executor } from '../../db/database.ts';
import type { CustomFieldsTable, CustomFieldValuesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export type FieldRow = CustomFieldsTable;
export type Owner = { kind: 'customer' | 'location'; id: string };

const ownerColumn = (owner: Owner) => (owner.kind === 'customer' ? 'customer_id' : 'location_id');

/** Every field of the company, or of one owner kind: customer fields first, each kind in its order. */
export function listFields(db: Executor, tenantId: TenantId, appliesTo?: Owner['kind']) {
  let query = db.selectFrom('custom_fields').selectAll().where('tenant_id', '=', tenantId);
  if (appliesTo) query = query.where('applies_to', '=', appliesTo);
  return query.orderBy('applies_to').orderBy('position').orderBy('id').execute();
}

export function findField(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('custom_fields').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** How many owners hold a value in each field. */
export async function valueCounts(db: Executor, tenantId: TenantId): Promise<Map<string, number>> {
  const rows = await db.selectFrom('custom_field_values').select(['field_id', (eb) => eb.fn.countAll<number>().as('n')]).where('tenant_id', '=', tenantId).groupBy('field_id').execute();
  return new Map(rows.map((row) => [row.field_id, Number(row.n)]));
}

export async function insertField(db: Executor, tenantId: TenantId, field: Omit<FieldRow, 'tenant_id'>): Promise<void> {
  await db.insertInto('custom_fields').values({ ...field, tenant_id: tenantId }).execute();
}

export async function updateField(db: Executor, tenantId: TenantId, id: string, values: Partial<Omit<FieldRow, 'id' | 'tenant_id'>>): Promise<void> {
  await db.updateTable('custom_fields').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteField(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('custom_fields').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('locations').select(['id', 'name', 'customer_id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** One owner's values, by field id. */
export async function valuesOf(db: Executor, tenantId: TenantId, owner: Owner): Promise<Map<string, string>> {
  const rows = await db.selectFrom('custom_field_values').select(['field_id', 'value']).where('tenant_id', '=', tenantId).where(ownerColumn(owner), '=', owner.id).execute();
  return new Map(rows.map((row) => [row.field_id, row.value]));
}

/** Writes one owner's value of a field, or removes it when null. */
export async function saveValue(db: Executor, tenantId: TenantId, owner: Owner, fieldId: string, value: string | null, stamp: string, newId: () => string): Promise<void> {
  const column = ownerColumn(owner);
  if (value === null) {
    await db.deleteFrom('custom_field_values').where('tenant_id', '=', tenantId).where('field_id', '=', fieldId).where(column, '=', owner.id).execute();
    return;
  }
  const row: Omit<CustomFieldValuesTable, 'tenant_id'> = { id: newId(), field_id: fieldId, customer_id: null, location_id: null, [column]: owner.id, value, updated_at: stamp };
  await db
    .insertInto('custom_field_values')
    .values({ ...row, tenant_id: tenantId })
    .onConflict((oc) => oc.columns(['field_id', column]).doUpdateSet({ value, updated_at: stamp }).where('custom_field_values.tenant_id', '=', tenantId))
    .execute();
}

/** The locations a portal user may use now (as the platform's portal access rules), with their customer. */
export function portalLocationsOf(db: Executor, tenantId: TenantId, portalUserId: string) {
  return db
    .selectFrom('locations as l')
    .innerJoin('portal_user_locations as pul', (join) => join.onRef('pul.location_id', '=', 'l.id').onRef('pul.tenant_id', '=', 'l.tenant_id').on('pul.portal_user_id', '=', portalUserId))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.customer_id', '=', 'c.id').onRef('puc.tenant_id', '=', 'c.tenant_id').on('puc.portal_user_id', '=', portalUserId))
    .select(['l.id', 'l.name', 'l.customer_id', 'c.name as customer_name'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.portal_enabled', '=', true)
    .where('c.archived_at', 'is', null)
    .orderBy('c.name')
    .orderBy('l.name')
    .orderBy('l.id')
    .execute();
}

export async function setPortalChangeTickets(db: Executor, tenantId: TenantId, on: boolean): Promise<void> {
  await db.updateTable('tenants').set({ portal_change_tickets: on }).where('id', '=', tenantId).execute();
}

/** The portal user's language choices, for the words of a request opened in their name. */
export function findPortalUser(db: Executor, tenantId: TenantId, portalUserId: string) {
  return db.selectFrom('portal_users').select(['id', 'name', 'language', 'browser_language']).where('tenant_id', '=', tenantId).where('id', '=', portalUserId).executeTakeFirst();
}
