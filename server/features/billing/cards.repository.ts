import type { DatabaseKind, Executor } from '../../db/database.ts';
import type { PaymentGatewayName } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/** What billing's portal side needs of a customer. */
export function findBillingCustomer(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('customers')
    .select(['id', 'name', 'email', 'default_tip', 'autopay_since', 'gateway_customer_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', customerId)
    .executeTakeFirstOrThrow();
}

/**
 * Holds the customer's row until the transaction ends, so two changes to its cards (two removals
 * at once) run one after the other; SQLite runs write transactions one at a time already.
 */
export async function lockCustomer(trx: Executor, dbKind: DatabaseKind, tenantId: TenantId, customerId: string): Promise<void> {
  if (dbKind !== 'postgres') return;
  await trx.selectFrom('customers').select('id').where('tenant_id', '=', tenantId).where('id', '=', customerId).forUpdate().executeTakeFirst();
}

export async function setGatewayCustomerId(db: Executor, tenantId: TenantId, customerId: string, gatewayCustomerId: string): Promise<void> {
  await db.updateTable('customers').set({ gateway_customer_id: gatewayCustomerId }).where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
}

const cardColumns = ['id', 'brand', 'last4', 'exp_month', 'exp_year', 'is_default', 'token', 'created_at'] as const;

/** The customer's cards on this gateway, not removed: the default first, then the newest. */
export function listCards(db: Executor, tenantId: TenantId, customerId: string, gateway: PaymentGatewayName) {
  return db
    .selectFrom('cards')
    .select(cardColumns)
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('gateway', '=', gateway)
    .where('removed_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
export type CardRow = Awaited<ReturnType<typeof listCards>>[number];

/** A card by its token, removed or not: a set-up finished twice names the same token. */
export function findCardByToken(db: Executor, tenantId: TenantId, gateway: PaymentGatewayName, token: string) {
  return db.selectFrom('cards').select([...cardColumns, 'customer_id', 'removed_at']).where('tenant_id', '=', tenantId).where('gateway', '=', gateway).where('token', '=', token).executeTakeFirst();
}

export async function insertCard(
  db: Executor,
  tenantId: TenantId,
  values: { id: string; customerId: string; gateway: PaymentGatewayName; token: string; brand: string; last4: string; expMonth: number; expYear: number; isDefault: boolean; portalUserId: string; createdAt: string },
): Promise<void> {
  await db
    .insertInto('cards')
    .values({
      id: values.id,
      tenant_id: tenantId,
      customer_id: values.customerId,
      gateway: values.gateway,
      token: values.token,
      brand: values.brand,
      last4: values.last4,
      exp_month: values.expMonth,
      exp_year: values.expYear,
      is_default: values.isDefault,
      added_by_portal_user_id: values.portalUserId,
      created_at: values.createdAt,
      removed_at: null,
    })
    .execute();
}

/** Makes one card the customer's default and every other card not. */
export async function makeDefault(db: Executor, tenantId: TenantId, customerId: string, cardId: string): Promise<void> {
  await db.updateTable('cards').set({ is_default: false }).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).where('id', '!=', cardId).where('is_default', '=', true).execute();
  await db.updateTable('cards').set({ is_default: true }).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).where('id', '=', cardId).execute();
}

/** Removes a card from use; the row stays, as payments made with it name it. */
export async function markRemoved(db: Executor, tenantId: TenantId, cardId: string, at: string): Promise<void> {
  await db.updateTable('cards').set({ removed_at: at, is_default: false }).where('tenant_id', '=', tenantId).where('id', '=', cardId).execute();
}

export async function setDefaultTip(db: Executor, tenantId: TenantId, customerId: string, amount: number): Promise<void> {
  await db.updateTable('customers').set({ default_tip: amount }).where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
}

export async function setAutopaySince(db: Executor, tenantId: TenantId, customerId: string, since: string | null): Promise<void> {
  await db.updateTable('customers').set({ autopay_since: since }).where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
}

/** Marks (or unmarks) the customer's scheduled visits, those not started yet, as paid by autopay. */
export async function markScheduledVisits(db: Executor, tenantId: TenantId, customerId: string, autopay: boolean): Promise<void> {
  await db.updateTable('visits').set({ autopay }).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).where('status', '=', 'scheduled').where('autopay', '=', !autopay).execute();
}

export async function countAutopayVisits(db: Executor, tenantId: TenantId, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('visits')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('status', '=', 'scheduled')
    .where('autopay', '=', true)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
