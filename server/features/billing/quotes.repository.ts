import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { QuotesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import type { KeysetPosition } from '../../lib/page-cursor.ts';
import type { PricedLine } from './document-lines.ts';

/** Stored statuses; `expired` is read from the date and never written. */
export type StoredStatus = QuotesTable['status'];

export type QuoteFilter = {
  id?: string;
  customerId?: string;
  customerIds?: string[];
  statuses?: StoredStatus[];
  /** Only sent quotes whose last day is before this date (expired) … */
  validBefore?: string;
  /** … or only those still valid on it. */
  validFrom?: string;
};

function filtered(db: Executor, tenantId: TenantId, filter: QuoteFilter) {
  let query = db
    .selectFrom('quotes as q')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'q.customer_id').onRef('c.tenant_id', '=', 'q.tenant_id'))
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'q.location_id').onRef('l.tenant_id', '=', 'q.tenant_id'))
    .where('q.tenant_id', '=', tenantId);
  if (filter.id) query = query.where('q.id', '=', filter.id);
  if (filter.customerId) query = query.where('q.customer_id', '=', filter.customerId);
  if (filter.customerIds) query = query.where('q.customer_id', 'in', filter.customerIds.length > 0 ? filter.customerIds : ['']);
  if (filter.statuses) query = query.where('q.status', 'in', filter.statuses);
  if (filter.validBefore) query = query.where('q.valid_until', '<', filter.validBefore);
  if (filter.validFrom) query = query.where('q.valid_until', '>=', filter.validFrom);
  return query;
}

/** Quotes newest first; a page by offset (the office's numbered pages) or after a row's position (keyset). */
export function quotes(db: Executor, tenantId: TenantId, filter: QuoteFilter, page?: { limit: number; offset?: number; after?: KeysetPosition | null }) {
  const after = page?.after;
  let query = (after ? filtered(db, tenantId, filter).where((eb) => eb.or([eb('q.created_at', '<', after.at), eb.and([eb('q.created_at', '=', after.at), eb('q.id', '<', after.id)])])) : filtered(db, tenantId, filter))
    .selectAll('q')
    .select(['c.name as customer_name', 'l.name as location_name', 'l.time_zone as time_zone'])
    .orderBy('q.created_at', 'desc')
    .orderBy('q.id', 'desc');
  if (page) query = query.limit(page.limit);
  if (page?.offset) query = query.offset(page.offset);
  return query.execute();
}
export type QuoteRow = Awaited<ReturnType<typeof quotes>>[number];

export async function countQuotes(db: Executor, tenantId: TenantId, filter: QuoteFilter): Promise<number> {
  const row = await filtered(db, tenantId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function quoteLines(db: Executor, tenantId: TenantId, quoteId: string) {
  return db.selectFrom('quote_lines').selectAll().where('tenant_id', '=', tenantId).where('quote_id', '=', quoteId).orderBy('position').execute();
}

export async function insertQuote(db: Executor, values: Omit<QuotesTable, 'subtotal' | 'discount_total' | 'tax_total' | 'total'> & { subtotal: number; discount_total: number; tax_total: number; total: number }): Promise<void> {
  await db.insertInto('quotes').values(values).execute();
}

export async function replaceLines(db: Executor, tenantId: TenantId, quoteId: string, rows: PricedLine[]): Promise<void> {
  await db.deleteFrom('quote_lines').where('tenant_id', '=', tenantId).where('quote_id', '=', quoteId).execute();
  if (rows.length > 0) await db.insertInto('quote_lines').values(rows.map((row) => ({ ...row, quote_id: quoteId }))).execute();
}

/**
 * Changes a quote only while it is in one of `from`: answers whether it did, so two answers at
 * once (accept and decline, a double click) leave exactly one of them.
 */
export async function updateQuoteIf(db: Executor, tenantId: TenantId, id: string, from: StoredStatus[], values: Updateable<QuotesTable>, extra?: { unconverted?: boolean }): Promise<boolean> {
  let query = db.updateTable('quotes').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', 'in', from);
  if (extra?.unconverted) query = query.where('account_service_id', 'is', null);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deleteDraft(db: Executor, tenantId: TenantId, id: string): Promise<boolean> {
  const result = await db.deleteFrom('quotes').where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export function customerLocation(db: Executor, tenantId: TenantId, customerId: string, locationId: string) {
  return db.selectFrom('locations').select(['id', 'name', 'time_zone']).where('tenant_id', '=', tenantId).where('customer_id', '=', customerId).where('id', '=', locationId).executeTakeFirst();
}

export function findCustomer(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('customers').select(['id', 'name']).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

/** The customers whose billing this portal user sees. */
export async function billingCustomerIds(db: Executor, tenantId: TenantId, portalUserId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('portal_user_customers')
    .select('customer_id')
    .where('tenant_id', '=', tenantId)
    .where('portal_user_id', '=', portalUserId)
    .where('is_billing_contact', '=', true)
    .execute();
  return rows.map((row) => row.customer_id);
}

/** The billing contacts of a customer who can still sign in: a quote sent goes to each of them. */
export function billingContacts(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('portal_user_customers as puc')
    .innerJoin('portal_users as u', (join) => join.onRef('u.id', '=', 'puc.portal_user_id').onRef('u.tenant_id', '=', 'puc.tenant_id'))
    .select(['u.id', 'u.name', 'u.email', 'u.language', 'u.browser_language'])
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.customer_id', '=', customerId)
    .where('puc.is_billing_contact', '=', true)
    .where('u.locked_at', 'is', null)
    .orderBy('u.email')
    .execute();
}

export async function insertDraftInvoice(
  db: Executor,
  invoice: { id: string; tenant_id: string; customer_id: string; currency: string; subtotal: number; discount_total: number; tax_total: number; total: number; notes: string | null; created_by_staff_id: string | null; created_at: string },
  lines: PricedLine[],
): Promise<void> {
  await db
    .insertInto('invoices')
    .values({ ...invoice, kind: 'invoice', number: null, status: 'draft', corrects_invoice_id: null, issue_date: null, due_date: null, period_start: null, period_end: null, sent_at: null, voided_at: null, void_reason: null, updated_at: invoice.created_at })
    .execute();
  if (lines.length > 0) await db.insertInto('invoice_lines').values(lines.map((line) => ({ ...line, invoice_id: invoice.id, visit_id: null }))).execute();
}
