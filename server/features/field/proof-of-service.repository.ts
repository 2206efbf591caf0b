import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function fieldSettings(db: Executor, tenantId: TenantId) {
  return db.selectFrom('tenants').select(['proof_of_service_emails']).where('id', '=', tenantId).executeTakeFirstOrThrow();
}

export async function updateFieldSettings(db: Executor, tenantId: TenantId, values: { proof_of_service_emails: boolean }): Promise<void> {
  await db.updateTable('tenants').set(values).where('id', '=', tenantId).execute();
}
