import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/** The portal users of one customer, with how many other customers each also belongs to. */
export function portalUsersOfCustomer(db: Executor, tenantId: TenantId, customerId: string, portalUserId?: string) {
  let query = db
    .selectFrom('portal_user_customers as puc')
    .innerJoin('portal_users as pu', (join) => join.onRef('pu.id', '=', 'puc.portal_user_id').onRef('pu.tenant_id', '=', 'puc.tenant_id'))
    .select(['pu.id', 'pu.name', 'pu.email', 'pu.phone', 'pu.password_hash', 'pu.invited_at', 'pu.last_login_at', 'pu.locked_at', 'puc.is_billing_contact'])
    .select((eb) =>
      eb
        .selectFrom('portal_user_customers as other')
        .whereRef('other.portal_user_id', '=', 'pu.id')
        .whereRef('other.tenant_id', '=', 'pu.tenant_id')
        .where('other.customer_id', '!=', customerId)
        .select(eb.fn.countAll<number>().as('n'))
        .as('other_customers'),
    )
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.customer_id', '=', customerId);
  if (portalUserId) query = query.where('pu.id', '=', portalUserId);
  return query.orderBy('pu.name').execute();
}

/** Which of the customer's locations each of its portal users may see. */
export function grantsOfCustomer(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('portal_user_locations as pul')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'pul.location_id').onRef('l.tenant_id', '=', 'pul.tenant_id'))
    .select(['pul.portal_user_id', 'l.id', 'l.name'])
    .where('pul.tenant_id', '=', tenantId)
    .where('l.customer_id', '=', customerId)
    .orderBy('l.name')
    .execute();
}

export function findCustomer(db: Executor, tenantId: TenantId, customerId: string) {
  return db.selectFrom('customers').select(['id', 'name', 'archived_at']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
}

export async function locationIdsOfCustomer(db: Executor, tenantId: TenantId, customerId: string): Promise<string[]> {
  const rows = await db.selectFrom('locations').select('id').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
  return rows.map((r) => r.id);
}

export function findPortalUserByEmail(db: Executor, tenantId: TenantId, email: string) {
  return db.selectFrom('portal_users').selectAll().where('tenant_id', '=', tenantId).where('email', '=', email).executeTakeFirst();
}

export function findPortalUser(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('portal_users').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function isLinked(db: Executor, tenantId: TenantId, customerId: string, portalUserId: string): Promise<boolean> {
  const row = await db
    .selectFrom('portal_user_customers')
    .select('portal_user_id')
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('portal_user_id', '=', portalUserId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertPortalUser(db: Executor, tenantId: TenantId, values: { id: string; name: string; email: string; phone: string | null; created_at: string }): Promise<void> {
  await db.insertInto('portal_users').values({ ...values, tenant_id: tenantId, password_hash: null, locked_at: null, last_login_at: null }).execute();
}

export async function updatePortalUser(
  db: Executor,
  tenantId: TenantId,
  id: string,
  values: Partial<{ name: string; email: string; phone: string | null; invited_at: string; locked_at: string | null }>,
): Promise<void> {
  await db.updateTable('portal_users').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deletePortalUser(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('portal_users').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function linkToCustomer(db: Executor, tenantId: TenantId, portalUserId: string, customerId: string, isBillingContact: boolean): Promise<void> {
  await db
    .insertInto('portal_user_customers')
    .values({ tenant_id: tenantId, portal_user_id: portalUserId, customer_id: customerId, is_billing_contact: isBillingContact })
    .onConflict((oc) => oc.columns(['portal_user_id', 'customer_id']).doUpdateSet({ is_billing_contact: isBillingContact }).where('portal_user_customers.tenant_id', '=', tenantId))
    .execute();
}

export async function unlinkFromCustomer(db: Executor, tenantId: TenantId, portalUserId: string, customerId: string): Promise<number> {
  await replaceGrants(db, tenantId, portalUserId, customerId, []);
  await db.deleteFrom('portal_user_customers').where('tenant_id', '=', tenantId).where('portal_user_id', '=', portalUserId).where('customer_id', '=', customerId).execute();
  const left = await db
    .selectFrom('portal_user_customers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('portal_user_id', '=', portalUserId)
    .executeTakeFirstOrThrow();
  return Number(left.n);
}

/** Sets which of this customer's locations the person may see, leaving other customers' grants alone. */
export async function replaceGrants(db: Executor, tenantId: TenantId, portalUserId: string, customerId: string, locationIds: string[]): Promise<void> {
  await db
    .deleteFrom('portal_user_locations')
    .where('tenant_id', '=', tenantId)
    .where('portal_user_id', '=', portalUserId)
    .where('location_id', 'in', (eb) => eb.selectFrom('locations').select('id').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId))
    .execute();
  if (locationIds.length === 0) return;
  await db
    .insertInto('portal_user_locations')
    .values(locationIds.map((location_id) => ({ tenant_id: tenantId, portal_user_id: portalUserId, location_id })))
    .execute();
}
