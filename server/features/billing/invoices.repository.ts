import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { InvoiceView } from '../../../shared/features/billing/invoices.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { Database, InvoicesTable, InvoiceStatus } from '../../db/schema.ts';
import { days } from '../../lib/time.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import type { PricedLine } from './document-lines.ts';
import type { KeysetPosition } from '../../lib/page-cursor.ts';

export type InvoiceFilter = {
  view: InvoiceView;
  today: string;
  customerId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  minTotal?: number | undefined;
  maxTotal?: number | undefined;
  q?: string | undefined;
};

export function findInvoice(db: Executor, tenantId: TenantId, id: string) {
  return db
    .selectFrom('invoices as i')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'i.customer_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .selectAll('i')
    .select(['c.name as customer_name'])
    .where('i.tenant_id', '=', tenantId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}
export type InvoiceRecord = NonNullable<Awaited<ReturnType<typeof findInvoice>>>;

export async function insertLines(db: Executor, invoiceId: string, rows: readonly PricedLine[], visitIds: readonly (string | null)[] = []): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('invoice_lines')
    .values(rows.map((row, index) => ({ ...row, invoice_id: invoiceId, visit_id: visitIds[index] ?? null })))
    .execute();
}

export function linesOf(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db.selectFrom('invoice_lines').selectAll().where('tenant_id', '=', tenantId).where('invoice_id', '=', invoiceId).orderBy('position').execute();
}

/** Completed visits no invoice bills yet, starting between two instants. */
export function uninvoicedVisits(db: Executor, tenantId: TenantId, fromIso: string, toIso: string, customerId: string | undefined) {
  let query = db
    .selectFrom('visits as v')
    .select(['v.id', 'v.customer_id', 'v.name', 'v.starts_at', 'v.duration_minutes', 'v.price', 'v.rate_modifications'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.status', '=', 'completed')
    .where('v.invoice_id', 'is', null)
    .where('v.starts_at', '>=', fromIso)
    .where('v.starts_at', '<', toIso);
  if (customerId) query = query.where('v.customer_id', '=', customerId);
  return query.orderBy('v.customer_id').orderBy('v.starts_at').orderBy('v.id').execute();
}

export function acceptedUpgrades(db: Executor, tenantId: TenantId, visitIds: readonly string[]) {
  if (visitIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('visit_upgrades').select(['visit_id', 'name', 'price', 'status']).where('tenant_id', '=', tenantId).where('visit_id', 'in', visitIds).where('status', '=', 'accepted').execute();
}

/** Marks a visit as billed by an invoice, unless another invoice took it first; answers whether this one did. */
export async function claimVisit(db: Executor, tenantId: TenantId, visitId: string, invoiceId: string): Promise<boolean> {
  const result = await db.updateTable('visits').set({ invoice_id: invoiceId }).where('tenant_id', '=', tenantId).where('id', '=', visitId).where('invoice_id', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function freeVisits(db: Executor, tenantId: TenantId, invoiceId: string): Promise<void> {
  await db.updateTable('visits').set({ invoice_id: null }).where('tenant_id', '=', tenantId).where('invoice_id', '=', invoiceId).execute();
}

export function visitsOf(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('locations as l', (join) => join.onRef('l.id', '=', 'v.location_id').onRef('l.tenant_id', '=', 'v.tenant_id'))
    .select(['v.id', 'v.name', 'v.starts_at', 'l.time_zone'])
    .where('v.tenant_id', '=', tenantId)
    .where('v.invoice_id', '=', invoiceId)
    .orderBy('v.starts_at')
    .execute();
}

export function creditNotesOf(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db
    .selectFrom('invoices')
    .select(['id', 'number', 'total', 'issue_date'])
    .where('tenant_id', '=', tenantId)
    .where('corrects_invoice_id', '=', invoiceId)
    .orderBy('created_at')
    .execute();
}

export function ledgerOf(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db
    .selectFrom('ledger_entries')
    .select(['id', 'kind', 'amount', 'method', 'reference', 'note', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('invoice_id', '=', invoiceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The portal users who receive a customer's bills, with the language each reads. */
export function billingContacts(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('portal_user_customers as puc')
    .innerJoin('portal_users as u', (join) => join.onRef('u.id', '=', 'puc.portal_user_id').onRef('u.tenant_id', '=', 'puc.tenant_id'))
    .select(['u.id', 'u.name', 'u.email', 'u.language', 'u.browser_language'])
    .where('puc.tenant_id', '=', tenantId)
    .where('puc.customer_id', '=', customerId)
    .where('puc.is_billing_contact', '=', true)
    .orderBy('u.email')
    .execute();
}

/**
 * Issued between two days, or for a draft (never issued) created between them: the day the office
 * list filters on. Written on the columns themselves, not on `coalesce(issue_date, created day)`, so
 * the index on (issue_date, created_at) answers it; no index can answer an expression over them.
 */
function issuedBetween(eb: ExpressionBuilder<Database & { i: InvoicesTable }, 'i'>, from: string | undefined, to: string | undefined) {
  const issued: Expression<SqlBool>[] = [];
  const drafted: Expression<SqlBool>[] = [eb('i.issue_date', 'is', null)];
  if (from) {
    issued.push(eb('i.issue_date', '>=', from));
    drafted.push(eb('i.created_at', '>=', from));
  }
  if (to) {
    issued.push(eb('i.issue_date', '<=', to));
    // created_at is an instant: on or before the day `to` is before the next day begins.
    drafted.push(eb('i.created_at', '<', new Date(Date.parse(`${to}T00:00:00Z`) + days(1)).toISOString().slice(0, 10)));
  }
  return eb.or([eb.and(issued), eb.and(drafted)]);
}

const openStatus = sql<boolean>`i.status in ('sent', 'partly_paid')`;

/**
 * Invoices (credit notes live on the invoice they correct) matching the office's filter. Read from
 * invoices alone (the customer's name is looked up for the page's rows, a name search is a subquery):
 * joined to customers, the planner may walk every customer and all 200,000 invoices to find 10,000
 * unpaid ones, where the status index reaches them directly.
 */
function filtered(db: Executor, tenantId: TenantId, filter: InvoiceFilter) {
  // Kind and the open statuses are written as literals: a partial index (invoices_open_due_idx) is
  // used only where the query's own words imply its condition, which a bound parameter never does.
  let query = db
    .selectFrom('invoices as i')
    .where('i.tenant_id', '=', tenantId)
    .where(sql<boolean>`i.kind = 'invoice'`);
  switch (filter.view) {
    case 'unpaid':
      query = query.where(openStatus);
      break;
    case 'overdue':
      query = query.where(openStatus).where('i.due_date', '<', filter.today);
      break;
    case 'paid':
    case 'draft':
    case 'void':
      query = query.where('i.status', '=', filter.view);
      break;
    case 'all':
      break;
  }
  if (filter.customerId) query = query.where('i.customer_id', '=', filter.customerId);
  if (filter.from || filter.to) query = query.where((eb) => issuedBetween(eb, filter.from, filter.to));
  if (filter.minTotal !== undefined) query = query.where('i.total', '>=', filter.minTotal);
  if (filter.maxTotal !== undefined) query = query.where('i.total', '<=', filter.maxTotal);
  if (filter.q) {
    const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    const like = sql`${pattern} escape '\\'`;
    query = query.where((eb) =>
      eb.or([
        eb(sql`lower(i.number)`, 'like', like),
        eb('i.customer_id', 'in', eb.selectFrom('customers as c').select('c.id').where('c.tenant_id', '=', tenantId).where(sql`lower(c.name)`, 'like', like)),
      ]),
    );
  }
  return query;
}

/** Where a page of invoices reads on from: a keyset position whose `at` is '' for an invoice without a due date. */
export const noDueDate = '';

/**
 * A page of invoices after a row's position. Drafts go newest first (created_at, id, descending);
 * every other view soonest due first (due_date, id, ascending). An invoice gets its due date when it
 * is sent, so only All, which holds drafts, has invoices without one: there they come last on both
 * databases, so the keyset reads on from the same place on each. The other views keep to the plain
 * order their indexes are in, so a page is read in order rather than sorted.
 */
export function listInvoices(db: Executor, tenantId: TenantId, filter: InvoiceFilter, page: { limit: number; after: KeysetPosition | null }) {
  return invoicePageQuery(db, tenantId, filter, page).execute();
}

export function invoicePageQuery(db: Executor, tenantId: TenantId, filter: InvoiceFilter, page: { limit: number; after: KeysetPosition | null }) {
  let base = filtered(db, tenantId, filter);
  const after = page.after;
  const holdsDrafts = filter.view === 'all';
  if (after && filter.view === 'draft') {
    base = base.where((eb) => eb.or([eb('i.created_at', '<', after.at), eb.and([eb('i.created_at', '=', after.at), eb('i.id', '<', after.id)])]));
  } else if (after && after.at === noDueDate) {
    base = base.where('i.due_date', 'is', null).where('i.id', '>', after.id);
  } else if (after && holdsDrafts) {
    base = base.where((eb) => eb.or([eb(eb.refTuple('i.due_date', 'i.id'), '>', eb.tuple(after.at, after.id)), eb('i.due_date', 'is', null)]));
  } else if (after) {
    base = base.where((eb) => eb(eb.refTuple('i.due_date', 'i.id'), '>', eb.tuple(after.at, after.id)));
  }
  let query = base.select((eb) => [
    'i.id',
    'i.kind',
    'i.number',
    'i.customer_id',
    eb.selectFrom('customers as c').select('c.name').whereRef('c.tenant_id', '=', 'i.tenant_id').whereRef('c.id', '=', 'i.customer_id').$asScalar().$notNull().as('customer_name'),
    'i.status',
    'i.issue_date',
    'i.due_date',
    'i.total',
    'i.created_at',
  ]);
  if (filter.view === 'draft') query = query.orderBy('i.created_at', 'desc').orderBy('i.id', 'desc');
  else if (holdsDrafts) query = query.orderBy(sql`i.due_date is null`).orderBy('i.due_date').orderBy('i.id');
  else query = query.orderBy('i.due_date').orderBy('i.id');
  return query.limit(page.limit);
}

/** Count, total and what is still owed over the whole filter, in one aggregate. */
export async function totalsOf(db: Executor, tenantId: TenantId, filter: InvoiceFilter): Promise<{ count: number; total: number; due: number }> {
  const row = await filtered(db, tenantId, filter)
    .select([
      sql<number>`count(*)`.as('count'),
      sql<number>`coalesce(sum(i.total), 0)`.as('total'),
      // `paid` is the ledger's sum for the invoice, kept by the database (migration 20261212090000_invoice_paid).
      sql<number>`coalesce(sum(case when i.status in ('sent', 'partly_paid') then i.total - i.paid else 0 end), 0)`.as('due'),
    ])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), total: Number(row.total), due: Number(row.due) };
}

export function recentInvoices(db: Executor, tenantId: TenantId, customerId: string, limit: number) {
  return db
    .selectFrom('invoices as i')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'i.customer_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .select(['i.id', 'i.kind', 'i.number', 'i.customer_id', 'c.name as customer_name', 'i.status', 'i.issue_date', 'i.due_date', 'i.total', 'i.created_at'])
    .where('i.tenant_id', '=', tenantId)
    .where('i.customer_id', '=', customerId)
    .where('i.kind', '=', 'invoice')
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .limit(limit)
    .execute();
}
export type ListRow = Awaited<ReturnType<typeof listInvoices>>[number];

export function findCustomer(db: Executor, tenantId: TenantId, customerId: string) {
  return db.selectFrom('customers').select(['id', 'name', 'default_tip']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
}

export async function insertInvoice(db: Executor, row: Insertable<InvoicesTable>): Promise<void> {
  await db.insertInto('invoices').values(row).execute();
}

export async function deleteInvoiceRow(db: Executor, tenantId: TenantId, id: string): Promise<void> {
  await db.deleteFrom('invoices').where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}

export async function deleteLines(db: Executor, tenantId: TenantId, invoiceId: string): Promise<void> {
  await db.deleteFrom('invoice_lines').where('tenant_id', '=', tenantId).where('invoice_id', '=', invoiceId).execute();
}

/** Changes an invoice only while it has the status it was read with; answers whether it did. */
export async function updateInStatus(db: Executor, tenantId: TenantId, id: string, status: InvoiceStatus, values: Updateable<InvoicesTable>): Promise<boolean> {
  const result = await db.updateTable('invoices').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', status).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setTotals(db: Executor, tenantId: TenantId, id: string, values: Updateable<InvoicesTable>): Promise<void> {
  await db.updateTable('invoices').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).execute();
}
