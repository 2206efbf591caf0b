import { sql, type ExpressionBuilder } from 'kysely';
import type { z } from 'zod';
import type { portalInvoiceQuerySchema } from '../../../shared/features/billing/portal-billing.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { Database, InvoicesTable } from '../../db/schema.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

type InvoiceQuery = z.output<typeof portalInvoiceQuerySchema>;

const openExpression = sql<boolean>`i.status in ('sent', 'partly_paid')`;

type Eb = ExpressionBuilder<Database & { i: InvoicesTable }, 'i'>;

/** The tips paid with the row's invoice, as a column (what the ledger paid towards it is `i.paid`, kept by the database). */
const tipColumn = (eb: Eb) =>
  eb.selectFrom('ledger_entries as l').select(sql<number>`coalesce(sum(l.amount), 0)`.as('sum')).whereRef('l.tenant_id', '=', 'i.tenant_id').whereRef('l.invoice_id', '=', 'i.id').where('l.kind', '=', 'tip').as('tip');

const invoiceColumns = ['i.id', 'i.number', 'i.status', 'i.issue_date', 'i.due_date', 'i.total'] as const;

/** A customer's invoices as the portal may show them: sent ones only (drafts never), credit notes apart. */
function customerInvoices(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('invoices as i')
    .where('i.tenant_id', '=', tenantId)
    .where('i.customer_id', '=', customerId)
    .where('i.kind', '=', 'invoice')
    .where('i.status', '<>', 'draft')
    .where('i.number', 'is not', null);
}

function filtered(db: Executor, tenantId: TenantId, customerId: string, query: InvoiceQuery) {
  let rows = customerInvoices(db, tenantId, customerId);
  if (query.q) {
    // Numbers are upper case; wildcards typed are taken literally.
    const pattern = `%${query.q.toUpperCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
    rows = rows.where(sql<boolean>`upper(i.number) like ${pattern} escape '\\'`);
  }
  if (query.from) rows = rows.where('i.issue_date', '>=', query.from);
  if (query.to) rows = rows.where('i.issue_date', '<=', query.to);
  if (query.minTotal !== undefined) rows = rows.where('i.total', '>=', query.minTotal);
  if (query.maxTotal !== undefined) rows = rows.where('i.total', '<=', query.maxTotal);
  if (query.status === 'open') rows = rows.where('i.status', 'in', ['sent', 'partly_paid']);
  if (query.status === 'paid') rows = rows.where('i.status', '=', 'paid');
  return rows;
}

export async function listInvoices(db: Executor, tenantId: TenantId, customerId: string, query: InvoiceQuery) {
  const base = filtered(db, tenantId, customerId, query);
  const [items, sums] = await Promise.all([
    base
      .select((eb) => [...invoiceColumns, 'i.paid', tipColumn(eb)])
      .orderBy('i.issue_date', 'desc')
      .orderBy('i.number', 'desc')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    base
      .select([
        sql<number>`count(*)`.as('count'),
        sql<number>`coalesce(sum(i.total), 0)`.as('total'),
        sql<number>`coalesce(sum(i.paid), 0)`.as('paid'),
        sql<number>`coalesce(sum(case when ${openExpression} then i.total - i.paid else 0 end), 0)`.as('due'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    items,
    count: Number(sums.count),
    totals: { total: Number(sums.total), paid: Number(sums.paid), due: Number(sums.due) },
  };
}

/** The invoices still owed, with what each still owes: the summary's overdue part is read from them. */
export function owedInvoices(db: Executor, tenantId: TenantId, customerId: string) {
  return customerInvoices(db, tenantId, customerId)
    .where('i.status', 'in', ['sent', 'partly_paid'])
    .select(['i.id', 'i.due_date', 'i.total', 'i.paid'])
    .execute();
}

export function findInvoice(db: Executor, tenantId: TenantId, customerId: string, invoiceId: string) {
  return customerInvoices(db, tenantId, customerId)
    .where('i.id', '=', invoiceId)
    .select((eb) => [...invoiceColumns, 'i.currency', 'i.period_start', 'i.period_end', 'i.subtotal', 'i.discount_total', 'i.tax_total', 'i.notes', 'i.paid', tipColumn(eb)])
    .executeTakeFirst();
}

export function linesOf(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db
    .selectFrom('invoice_lines')
    .select(['id', 'description', 'quantity', 'unit_price', 'discount', 'tax_rate_id', 'tax_rate', 'tax_name', 'net', 'tax', 'visit_id'])
    .where('tenant_id', '=', tenantId)
    .where('invoice_id', '=', invoiceId)
    .orderBy('position')
    .execute();
}

/** Sent credit notes that correct the invoice. */
export function creditNotesOf(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db
    .selectFrom('invoices')
    .select(['id', 'number', 'issue_date', 'total'])
    .where('tenant_id', '=', tenantId)
    .where('corrects_invoice_id', '=', invoiceId)
    .where('kind', '=', 'credit_note')
    .where('status', '<>', 'draft')
    .where('number', 'is not', null)
    .orderBy('issue_date')
    .execute();
}

export function entriesOfInvoice(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db
    .selectFrom('ledger_entries')
    .select(['id', 'kind', 'amount', 'method', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('invoice_id', '=', invoiceId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * The visits an invoice bills (by its lines, or by the visit's own link), with whether each is
 * rated and whether the portal user may reach its location's feedback.
 */
export function visitsOf(db: Executor, tenantId: TenantId, invoiceId: string, portalUserId: string) {
  return db
    .selectFrom('visits as v')
    .innerJoin('locations as loc', (join) => join.onRef('loc.id', '=', 'v.location_id').onRef('loc.tenant_id', '=', 'v.tenant_id'))
    .select((eb) => [
      'v.id',
      'v.name',
      'v.starts_at',
      'v.duration_minutes',
      'v.status',
      'loc.name as location_name',
      'loc.time_zone',
      'loc.feature_feedback',
      'loc.portal_enabled',
      eb.exists(eb.selectFrom('feedback as f').select('f.id').whereRef('f.tenant_id', '=', 'v.tenant_id').whereRef('f.visit_id', '=', 'v.id')).as('rated'),
      eb
        .exists(eb.selectFrom('portal_user_locations as pul').select('pul.location_id').whereRef('pul.tenant_id', '=', 'v.tenant_id').whereRef('pul.location_id', '=', 'v.location_id').where('pul.portal_user_id', '=', portalUserId))
        .as('granted'),
    ])
    .where('v.tenant_id', '=', tenantId)
    .where((eb) =>
      eb.or([
        eb('v.invoice_id', '=', invoiceId),
        eb('v.id', 'in', eb.selectFrom('invoice_lines as il').select('il.visit_id').where('il.tenant_id', '=', tenantId).where('il.invoice_id', '=', invoiceId).where('il.visit_id', 'is not', null).$narrowType<{ visit_id: string }>()),
      ]),
    )
    .orderBy('v.starts_at')
    .execute();
}

/**
 * Every ledger entry of the customer, oldest first. The numbers of the invoices they name are read
 * apart, for the page shown only: joined here, each of a long history's entries costs a lookup.
 */
export function ledgerOf(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('ledger_entries as l')
    .select(['l.id', 'l.kind', 'l.amount', 'l.method', 'l.invoice_id', 'l.payment_attempt_id', 'l.created_at'])
    .where('l.tenant_id', '=', tenantId)
    .where('l.customer_id', '=', customerId)
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();
}

/** The numbers of invoices, by id. */
export async function invoiceNumbers(db: Executor, tenantId: TenantId, invoiceIds: readonly string[]): Promise<Map<string, string | null>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await db.selectFrom('invoices').select(['id', 'number']).where('tenant_id', '=', tenantId).where('id', 'in', invoiceIds).execute();
  return new Map(rows.map((row) => [row.id, row.number]));
}

/** The customer's name and billing address, for the PDF. */
export function billTo(db: Executor, tenantId: TenantId, customerId: string) {
  return db.selectFrom('customers').select(['name', 'billing_address', 'city']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
}
