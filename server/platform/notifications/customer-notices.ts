import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../tenants/tenant-id.ts';

/**
 * The automatic visit notices a customer's portal users get, each of which the office can switch
 * off for one customer (Customer → Notifications). Every sender asks here before it writes.
 */
export const customerNoticeColumns = {
  onMyWay: 'notify_on_my_way',
  visitDone: 'notify_visit_done',
  visitChanges: 'notify_visit_changes',
} as const;
export type CustomerNotice = keyof typeof customerNoticeColumns;

/** Whether the customer of this visit still gets `notice`; false for a visit that is not found. */
export async function visitCustomerGets(db: Executor, tenantId: TenantId, visitId: string, notice: CustomerNotice): Promise<boolean> {
  const row = await db
    .selectFrom('visits as v')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'v.customer_id').onRef('c.tenant_id', '=', 'v.tenant_id'))
    .select(`c.${customerNoticeColumns[notice]} as on`)
    .where('v.tenant_id', '=', tenantId)
    .where('v.id', '=', visitId)
    .executeTakeFirst();
  return Boolean(row?.on);
}
