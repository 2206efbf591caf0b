import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TenantsTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/** Staff who may be the default assignee of new requests: those whose role lets them read requests. */
export function listRequestAssignees(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('staff_users')
    .select(['id', 'name', 'role'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'not in', ['no_access', 'technician'])
    .orderBy('name')
    .execute();
}

export async function updatePortalSettings(db: Executor, tenantId: TenantId, values: Updateable<TenantsTable>): Promise<void> {
  await db.updateTable('tenants').set(values).where('id', '=', tenantId).execute();
}
