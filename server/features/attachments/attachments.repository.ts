import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/**
 * Whether the product is on the order form of a location this portal user may use: granted to
 * them, of one of their active customers, portal and supplies on, the product active and either
 * chosen for that customer or the customer limited to no list (the whole active catalogue).
 */
export async function portalUserMayOrderProduct(db: Executor, tenantId: TenantId, portalUserId: string, productId: string): Promise<boolean> {
  const row = await db
    .selectFrom('supply_products as p')
    .innerJoin('locations as l', 'l.tenant_id', 'p.tenant_id')
    .innerJoin('portal_user_locations as pul', (join) => join.onRef('pul.location_id', '=', 'l.id').onRef('pul.tenant_id', '=', 'l.tenant_id').on('pul.portal_user_id', '=', portalUserId))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'l.customer_id').onRef('c.tenant_id', '=', 'l.tenant_id'))
    .innerJoin('portal_user_customers as puc', (join) => join.onRef('puc.customer_id', '=', 'c.id').onRef('puc.tenant_id', '=', 'c.tenant_id').on('puc.portal_user_id', '=', portalUserId))
    .select('p.id')
    .where('p.tenant_id', '=', tenantId)
    .where('p.id', '=', productId)
    .where('p.active', '=', true)
    .where('l.portal_enabled', '=', true)
    .where('l.feature_supply_requests', '=', true)
    .where('c.archived_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('customer_supply_products as chosen').select('chosen.product_id').whereRef('chosen.customer_id', '=', 'c.id').whereRef('chosen.tenant_id', '=', 'c.tenant_id').whereRef('chosen.product_id', '=', 'p.id')),
        eb.not(eb.exists(eb.selectFrom('customer_supply_products as any_chosen').select('any_chosen.product_id').whereRef('any_chosen.customer_id', '=', 'c.id').whereRef('any_chosen.tenant_id', '=', 'c.tenant_id'))),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  return Boolean(row);
}

export async function locationExists(db: Executor, tenantId: TenantId, locationId: string): Promise<boolean> {
  const row = await db.selectFrom('locations').select('id').where('tenant_id', '=', tenantId).where('id', '=', locationId).executeTakeFirst();
  return row !== undefined;
}
