import type { Executor } from '../../db/database.ts';
import type { CustomerResourcesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import type { KeysetPosition } from '../../lib/page-cursor.ts';

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Resources with the name of whoever added them; that person may have been removed since. */
function withCreators(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('customer_resources as r')
    .leftJoin('staff_users as s', (join) => join.onRef('s.id', '=', 'r.created_by_id').onRef('s.tenant_id', '=', 'r.tenant_id'))
    .selectAll('r')
    .select(['s.name as created_by_name'])
    .where('r.tenant_id', '=', tenantId);
}

export type ResourceRow = NonNullable<Awaited<ReturnType<typeof findResource>>>;

export function findResource(db: Executor, tenantId: TenantId, id: string) {
  return withCreators(db, tenantId).where('r.id', '=', id).executeTakeFirst();
}

/**
 * A page of a customer's resources, newest first, after a row's position (keyset paging on
 * created_at, id); with `sharedOnly`, those its portal users see.
 */
export function listResources(db: Executor, tenantId: TenantId, customerId: string, sharedOnly: boolean, page: { after: KeysetPosition | null; limit: number }) {
  let query = withCreators(db, tenantId).where('r.customer_id', '=', customerId);
  if (sharedOnly) query = query.where('r.shared', '=', true);
  const after = page.after;
  if (after) query = query.where((eb) => eb.or([eb('r.created_at', '<', after.at), eb.and([eb('r.created_at', '=', after.at), eb('r.id', '<', after.id)])]));
  return query.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(page.limit).execute();
}

export async function insertResource(db: Executor, tenantId: TenantId, resource: Omit<CustomerResourcesTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('customer_resources').values({ ...resource, tenant_id: tenantId }).execute();
}

export async function updateResource(db: Executor, tenantId: TenantId, id: string, change: Pick<CustomerResourcesTable, 'title' | 'description' | 'shared' | 'url' | 'updated_at'>): Promise<void> {
  await db.updateTable('customer_resources').set(change).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteResource(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('customer_resources').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}
