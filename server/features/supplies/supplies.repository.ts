import type { SupplyOrderStatus } from '../../../shared/features/supplies/supplies.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { SupplyOrderLinesTable, SupplyOrdersTable, SupplyProductsTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import { catalogueCap } from '../../../shared/paging.ts';

const productColumns = ['id', 'name', 'unit', 'sku', 'image_attachment_id', 'active'] as const;

/** The whole catalogue: active products first, each group by name. */
export function listProducts(db: Executor, tenantId: TenantId) {
  return db.selectFrom('supply_products').select(productColumns).where('tenant_id', '=', tenantId).orderBy('active', 'desc').orderBy('name').orderBy('id').limit(catalogueCap).execute();
}

export function listActiveProducts(db: Executor, tenantId: TenantId) {
  return db.selectFrom('supply_products').select(productColumns).where('tenant_id', '=', tenantId).where('active', '=', true).orderBy('name').orderBy('id').execute();
}

export function productsByIds(db: Executor, tenantId: TenantId, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('supply_products').select(productColumns).where('tenant_id', '=', tenantId).where('id', 'in', ids).orderBy('name').orderBy('id').execute();
}

export function findProduct(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('supply_products').select(productColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** Other products of the company with this name (whatever its case) or this SKU. */
export function clashingProducts(db: Executor, tenantId: TenantId, name: string, sku: string | null, exceptId: string | null) {
  let query = db
    .selectFrom('supply_products')
    .select(['id', 'name', 'sku'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb(eb.fn('lower', ['name']), '=', eb.fn('lower', [eb.val(name)])), ...(sku === null ? [] : [eb('sku', '=', sku)])]));
  if (exceptId) query = query.where('id', '!=', exceptId);
  return query.execute();
}

type ProductValues = Pick<SupplyProductsTable, 'name' | 'unit' | 'sku' | 'image_attachment_id'> & { active: boolean };

export async function insertProduct(db: Executor, tenantId: TenantId, id: string, values: ProductValues, createdAt: string): Promise<void> {
  await db.insertInto('supply_products').values({ id, tenant_id: tenantId, ...values, created_at: createdAt }).execute();
}

export async function updateProduct(db: Executor, tenantId: TenantId, id: string, values: ProductValues): Promise<void> {
  await db.updateTable('supply_products').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findLocation(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('locations').select(['id', 'name', 'customer_id']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The products chosen for a customer (by name); none chosen means the whole active catalogue. */
export async function chosenProductIds(db: Executor, tenantId: TenantId, customerId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('customer_supply_products as csp')
    .innerJoin('supply_products as p', (join) => join.onRef('p.id', '=', 'csp.product_id').onRef('p.tenant_id', '=', 'csp.tenant_id'))
    .select('p.id')
    .where('csp.tenant_id', '=', tenantId)
    .where('csp.customer_id', '=', customerId)
    .orderBy('p.name')
    .orderBy('p.id')
    .execute();
  return rows.map((r) => r.id);
}

export async function replaceChosenProducts(db: Executor, tenantId: TenantId, customerId: string, productIds: string[]): Promise<void> {
  await db.deleteFrom('customer_supply_products').where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).execute();
  if (productIds.length === 0) return;
  await db
    .insertInto('customer_supply_products')
    .values(productIds.map((product_id) => ({ tenant_id: tenantId, customer_id: customerId, product_id })))
    .execute();
}

export type OrderFilter = { id?: string; status?: SupplyOrderStatus; locationId?: string; customerId?: string };

function filteredOrders(db: Executor, tenantId: TenantId, filter: OrderFilter) {
  let query = db.selectFrom('supply_orders as o').where('o.tenant_id', '=', tenantId);
  if (filter.id) query = query.where('o.id', '=', filter.id);
  if (filter.status) query = query.where('o.status', '=', filter.status);
  if (filter.locationId) query = query.where('o.location_id', '=', filter.locationId);
  if (filter.customerId) query = query.where('o.customer_id', '=', filter.customerId);
  return query;
}

function ordersWithNames(db: Executor, tenantId: TenantId, filter: OrderFilter) {
  return filteredOrders(db, tenantId, filter)
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'o.location_id').onRef('l.tenant_id', '=', 'o.tenant_id'))
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'o.customer_id').onRef('c.tenant_id', '=', 'o.tenant_id'))
    .leftJoin('portal_users as pu', (join) => join.onRef('pu.id', '=', 'o.portal_user_id').onRef('pu.tenant_id', '=', 'o.tenant_id'))
    .select([
      'o.id',
      'o.reference',
      'o.status',
      'o.location_id',
      'l.name as location_name',
      'l.time_zone as location_time_zone',
      'o.customer_id',
      'c.name as customer_name',
      'o.portal_user_id',
      'pu.name as requested_by',
      'o.note',
      'o.note_to_customer',
      'o.created_at',
      'o.updated_at',
    ]);
}

export type OrderRow = NonNullable<Awaited<ReturnType<typeof findOrder>>>;

/** One page of orders, newest first, with how many match in all. */
export async function listOrders(db: Executor, tenantId: TenantId, filter: OrderFilter, page: { page: number; pageSize: number }) {
  const [items, count] = await Promise.all([
    ordersWithNames(db, tenantId, filter)
      .orderBy('o.created_at', 'desc')
      .orderBy('o.id', 'desc')
      .limit(page.pageSize)
      .offset((page.page - 1) * page.pageSize)
      .execute(),
    filteredOrders(db, tenantId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(count.n) };
}

export function findOrder(db: Executor, tenantId: TenantId, id: string) {
  return ordersWithNames(db, tenantId, { id }).executeTakeFirst();
}

export function linesOf(db: Executor, tenantId: TenantId, orderIds: string[]) {
  if (orderIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('supply_order_lines')
    .select(['order_id', 'product_id', 'product_name', 'unit', 'quantity'])
    .where('tenant_id', '=', tenantId)
    .where('order_id', 'in', orderIds)
    .orderBy('product_name')
    .orderBy('id')
    .execute();
}

export async function insertOrder(db: Executor, tenantId: TenantId, values: Omit<SupplyOrdersTable, 'tenant_id'>): Promise<void> {
  await db.insertInto('supply_orders').values({ ...values, tenant_id: tenantId }).execute();
}

export async function insertLines(db: Executor, tenantId: TenantId, lines: Omit<SupplyOrderLinesTable, 'tenant_id'>[]): Promise<void> {
  await db
    .insertInto('supply_order_lines')
    .values(lines.map((line) => ({ ...line, tenant_id: tenantId })))
    .execute();
}

/**
 * Moves an order on from the status `from` only, so that of two people changing the same
 * order at once, the second finds it changed (false) instead of overwriting the first.
 */
export async function changeOrderStatus(
  db: Executor,
  tenantId: TenantId,
  id: string,
  from: SupplyOrderStatus,
  values: Pick<SupplyOrdersTable, 'status' | 'note_to_customer' | 'updated_at'>,
): Promise<boolean> {
  const result = await db.updateTable('supply_orders').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export function findPortalUser(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('portal_users').select(['id', 'name', 'email', 'locked_at', 'language', 'browser_language']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The clock of an order's location: its emails name times on it. */
export async function locationTimeZone(db: Executor, tenantId: TenantId, locationId: string): Promise<string> {
  const row = await db.selectFrom('locations').select('time_zone').where('tenant_id', '=', tenantId).where('id', '=', locationId).executeTakeFirstOrThrow();
  return row.time_zone;
}
