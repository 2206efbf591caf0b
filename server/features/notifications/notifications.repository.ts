import type { Executor } from '../../db/database.ts';
import { isoNow } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/** Which of the side menu's counts to work out: each only for a role that may open the list it stands for. */
export interface BadgeCounts {
  newRequests: boolean;
  newSupplyOrders: boolean;
}

async function countNewRequests(db: Executor, tenantId: TenantId): Promise<number> {
  const row = await db.selectFrom('service_requests').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('status', '=', 'new').executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countSubmittedSupplyOrders(db: Executor, tenantId: TenantId): Promise<number> {
  const row = await db.selectFrom('supply_orders').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('status', '=', 'submitted').executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * The bell shows the latest notifications only: each one points at a request, order or visit that
 * its own list keeps, so an older one is still reachable there, and the unread count covers all.
 */
const latestNotifications = 30;

export async function notificationsOf(db: Executor, tenantId: TenantId, staffId: string, badges: BadgeCounts) {
  const [items, unread, newRequests, newSupplyOrders] = await Promise.all([
    db
      .selectFrom('staff_notifications')
      .select(['id', 'kind', 'title', 'link', 'created_at', 'read_at'])
      .where('tenant_id', '=', tenantId)
      .where('staff_user_id', '=', staffId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(latestNotifications)
      .execute(),
    db
      .selectFrom('staff_notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('tenant_id', '=', tenantId)
      .where('staff_user_id', '=', staffId)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
    badges.newRequests ? countNewRequests(db, tenantId) : 0,
    badges.newSupplyOrders ? countSubmittedSupplyOrders(db, tenantId) : 0,
  ]);
  return { items, unread: Number(unread.n), newRequests, newSupplyOrders };
}

export async function markRead(db: Executor, tenantId: TenantId, staffId: string, ids: string[] | undefined): Promise<void> {
  let query = db
    .updateTable('staff_notifications')
    .set({ read_at: isoNow() })
    .where('tenant_id', '=', tenantId)
    .where('staff_user_id', '=', staffId)
    .where('read_at', 'is', null);
  if (ids) query = query.where('id', 'in', ids.length > 0 ? ids : ['']);
  await query.execute();
}
