import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { TenantsTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

type SchedulingColumns = Pick<
  Updateable<TenantsTable>,
  | 'show_arrival_window'
  | 'arrival_window_before_minutes'
  | 'arrival_window_after_minutes'
  | 'business_hours_opens'
  | 'business_hours_closes'
  | 'skip_cutoff_hours'
  | 'calendar_feed_days'
  | 'currency'
>;

export async function updateSchedulingSettings(db: Executor, tenantId: TenantId, values: SchedulingColumns): Promise<void> {
  await db.updateTable('tenants').set(values).where('id', '=', tenantId).execute();
}
