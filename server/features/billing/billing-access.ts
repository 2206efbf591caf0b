import type { Executor } from '../../db/database.ts';
import { notFound } from '../../http/errors.ts';
import { requirePortalLocation } from '../../platform/portal/portal-access.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/**
 * The customer whose billing a portal user may see from this location, or 404: the location must
 * be theirs (as every portal route checks) and they must be a billing contact of its customer. A
 * site contact hears exactly what a stranger hears, so billing does not even show it exists.
 */
export async function requireBillingCustomer(db: Executor, tenantId: TenantId, portalUserId: string, locationId: string): Promise<{ customerId: string; customerName: string }> {
  const location = await requirePortalLocation(db, tenantId, portalUserId, locationId);
  const row = await db
    .selectFrom('portal_user_customers as puc')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'puc.customer_id').onRef('c.tenant_id', '=', 'puc.tenant_id'))
    .select(['c.id', 'c.name'])
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.portal_user_id', '=', portalUserId)
    .where('puc.customer_id', '=', location.customer_id)
    .where('puc.is_billing_contact', '=', true)
    .executeTakeFirst();
  if (!row) throw notFound('location');
  return { customerId: row.id, customerName: row.name };
}
