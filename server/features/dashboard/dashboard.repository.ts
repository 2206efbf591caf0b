import { finishedStatuses } from '../../../shared/features/service-requests/service-requests.contract.ts';
import { lowRatingAtMost, lowRatingWithinDays, overdueAfterDays } from '../../../shared/features/dashboard/dashboard.contract.ts';
import type { Executor } from '../../db/database.ts';
import { days, isoAfter } from '../../lib/time.ts';
import { isFailing } from '../../platform/mail/outbox.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/** Every figure of the dashboard in one statement: the page asks once, the database answers once. */
export async function countForDashboard(db: Executor, tenantId: TenantId, now: Date) {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('customers').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('archived_at', 'is', null).as('customers'),
      eb.selectFrom('locations').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).as('locations'),
      eb.selectFrom('portal_users').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).as('portal_users'),
      eb.selectFrom('staff_users').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).as('staff'),
      eb.selectFrom('outbox_emails').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('status', 'in', ['held', 'queued']).as('outbox_waiting'),
      eb.selectFrom('service_requests').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('status', '=', 'new').as('new_requests'),
      eb
        .selectFrom('service_requests')
        .select(eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .where('status', 'not in', finishedStatuses)
        .where('created_at', '<', isoAfter(-days(overdueAfterDays), now))
        .as('overdue_requests'),
      eb.selectFrom('supply_orders').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where('status', '=', 'submitted').as('new_supply_orders'),
      eb
        .selectFrom('feedback')
        .select(eb.fn.countAll<number>().as('n'))
        .where('tenant_id', '=', tenantId)
        .where('rating', '<=', lowRatingAtMost)
        .where('created_at', '>=', isoAfter(-days(lowRatingWithinDays), now))
        .as('low_ratings'),
      eb.selectFrom('outbox_emails').select(eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).where(isFailing).as('failing_emails'),
    ])
    .executeTakeFirstOrThrow();
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as Record<keyof typeof row, number>;
}
