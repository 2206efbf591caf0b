import type { Executor } from '../../db/database.ts';
import { addonColumns } from '../../platform/tenants/addons.ts';
import type { Addon } from '../../../shared/features/addons/addons.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

// Tenants are the scope itself: the row changed is the tenant's own.
export async function switchAddon(db: Executor, tenantId: TenantId, addon: Addon, on: boolean): Promise<void> {
  await db.updateTable('tenants').set({ [addonColumns[addon]]: on }).where('id', '=', tenantId).execute();
}
