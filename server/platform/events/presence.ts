import type { Executor } from '../../db/database.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../tenants/tenant-id.ts';

/**
 * Who in the office is online, on any instance: each open office event stream keeps a row whose
 * time its heartbeat refreshes. A row older than this is a stream whose instance stopped without
 * saying goodbye; it is ignored, and cleared when the same person opens a stream again.
 */
export const presenceLifetimeMs = 75_000;

const cutoff = (now: Date) => isoNow(new Date(now.getTime() - presenceLifetimeMs));

/**
 * Marks one open stream as alive now (at its start and at each heartbeat). Two marks of a new stream
 * can overlap on a slow database (the start's and the first heartbeat's): both find no row, and the
 * second insert keeps the time instead of failing, which would end the stream as if signed out.
 */
export async function markPresent(db: Executor, tenantId: TenantId, staffUserId: string, streamId: string, now: Date): Promise<void> {
  const seenAt = isoNow(now);
  const updated = await db.updateTable('staff_presence').set({ seen_at: seenAt }).where('tenant_id', '=', tenantId).where('id', '=', streamId).executeTakeFirst();
  if (Number(updated.numUpdatedRows) > 0) return;
  await db.deleteFrom('staff_presence').where('tenant_id', '=', tenantId).where('staff_user_id', '=', staffUserId).where('seen_at', '<', cutoff(now)).execute();
  await db
    .insertInto('staff_presence')
    .values({ id: streamId, tenant_id: tenantId, staff_user_id: staffUserId, seen_at: seenAt })
    .onConflict((conflict) => conflict.column('id').doUpdateSet({ seen_at: seenAt }).where('staff_presence.tenant_id', '=', tenantId))
    .execute();
}

/** The stream has ended. */
export async function markGone(db: Executor, tenantId: TenantId, streamId: string): Promise<void> {
  await db.deleteFrom('staff_presence').where('tenant_id', '=', tenantId).where('id', '=', streamId).execute();
}

/** Those of `staffUserIds` with an office page open now, on this instance or another. */
export async function onlineStaff(db: Executor, tenantId: TenantId, staffUserIds: string[], now: Date): Promise<Set<string>> {
  if (staffUserIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('staff_presence')
    .select('staff_user_id')
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('staff_user_id', 'in', staffUserIds)
    .where('seen_at', '>=', cutoff(now))
    .execute();
  return new Set(rows.map((row) => row.staff_user_id));
}
