import type { OfficeDashboard } from '../../../shared/features/dashboard/dashboard.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export async function countForDashboard(db: Executor, tenantId: TenantId): Promise<OfficeDashboard> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('customers').select(eb.fn.countAll<number>().as('n')).where('organization_id', '=', tenantId).where('archived_at', 'is', null).as('customers'),
      eb.selectFrom('locations').select(eb.fn.countAll<number>().as('n')).where('organization_id', '=', tenantId).as('locations'),
      eb.selectFrom('portal_users').select(eb.fn.countAll<number>().as('n')).where('organization_id', '=', tenantId).as('portal_users'),
      eb.selectFrom('staff_users').select(eb.fn.countAll<number>().as('n')).where('organization_id', '=', tenantId).as('staff'),
      eb.selectFrom('outbox_emails').select(eb.fn.countAll<number>().as('n')).where('organization_id', '=', tenantId).where('status', 'in', ['held', 'queued']).as('outbox_waiting'),
    ])
    .executeTakeFirstOrThrow();
  return {
    customers: Number(row.customers),
    locations: Number(row.locations),
    portalUsers: Number(row.portal_users),
    staff: Number(row.staff),
    outboxWaiting: Number(row.outbox_waiting),
  };
}
