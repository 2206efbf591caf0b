import type { Executor } from '../../db/database.ts';
import type { Language } from '../../../shared/i18n/languages.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export function findCompany(db: Executor, tenantId: TenantId) {
  return db.selectFrom('tenants').select(['name', 'time_zone', 'default_language', 'address']).where('id', '=', tenantId).executeTakeFirstOrThrow();
}

export async function updateCompany(db: Executor, tenantId: TenantId, values: { name: string; time_zone: string; default_language: Language; address: string | null }): Promise<void> {
  await db.updateTable('tenants').set(values).where('id', '=', tenantId).execute();
}
