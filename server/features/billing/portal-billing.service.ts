import type { z } from 'zod';
import { rateLastJobDays } from '../../../shared/features/feedback/feedback.contract.ts';
import type {
  HistoryEntry,
  HistoryList,
  historyQuerySchema,
  PortalBillingSummary,
  PortalInvoice,
  PortalInvoiceDetail,
  PortalInvoiceList,
  portalInvoiceQuerySchema,
} from '../../../shared/features/billing/portal-billing.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { days, minutes } from '../../lib/time.ts';
import { tenantIdOf } from '../../platform/tenants/tenant-id.ts';
import { toLine } from './document-lines.ts';
import * as ledger from './ledger.ts';
import * as repo from './portal-billing.repository.ts';

type InvoiceRow = { id: string; number: string | null; status: string; issue_date: string | null; due_date: string | null; total: number; paid: number | string | null; tip: number | string | null };

/** An invoice's figures from its total and the ledger: what is due is the total less what was paid, tips apart; a void one owes nothing. */
function toInvoice(row: InvoiceRow, today: string): PortalInvoice {
  const paid = Number(row.paid);
  const status = row.status as PortalInvoice['status'];
  const owed = status === 'sent' || status === 'partly_paid';
  const due = owed ? Math.max(0, row.total - paid) : 0;
  return {
    id: row.id,
    number: row.number ?? '',
    status,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    total: row.total,
    paid,
    due,
    tip: Number(row.tip),
    overdue: owed && due > 0 && row.due_date !== null && row.due_date < today,
  };
}

/** The balance, what of it is overdue, and the credit held. */
export async function summary(db: Executor, tenant: Tenant, customerId: string, today: string): Promise<PortalBillingSummary> {
  const tenantId = tenantIdOf(tenant);
  const [owed, credit] = await Promise.all([repo.owedInvoices(db, tenantId, customerId), ledger.creditOf(db, tenantId, customerId)]);
  let openBalance = 0;
  let overdueAmount = 0;
  let overdueCount = 0;
  for (const row of owed) {
    const due = Math.max(0, row.total - Number(row.paid));
    openBalance += due;
    if (due > 0 && row.due_date !== null && row.due_date < today) {
      overdueAmount += due;
      overdueCount += 1;
    }
  }
  return { currency: tenant.currency, openBalance, overdueAmount, overdueCount, credit, allowPrepayments: tenant.allow_prepayments };
}

export async function listInvoices(db: Executor, tenant: Tenant, customerId: string, query: z.output<typeof portalInvoiceQuerySchema>, today: string): Promise<PortalInvoiceList> {
  const { items, count, totals } = await repo.listInvoices(db, tenantIdOf(tenant), customerId, query);
  return { items: items.map((row) => toInvoice(row, today)), total: count, page: query.page, pageSize: query.pageSize, currency: tenant.currency, totals };
}

/** One sent invoice of the customer, or 404 (a draft, another customer's, another company's). */
export async function invoiceDetail(db: Executor, tenant: Tenant, customerId: string, portalUserId: string, invoiceId: string, now: Date, today: string): Promise<PortalInvoiceDetail> {
  const tenantId = tenantIdOf(tenant);
  const row = await repo.findInvoice(db, tenantId, customerId, invoiceId);
  if (!row) throw notFound('invoice');
  const [lines, creditNotes, entries, visits] = await Promise.all([
    repo.linesOf(db, tenantId, invoiceId),
    repo.creditNotesOf(db, tenantId, invoiceId),
    repo.entriesOfInvoice(db, tenantId, invoiceId),
    repo.visitsOf(db, tenantId, invoiceId, portalUserId),
  ]);
  // The feedback feature's rule: a completed visit that ended in the last 45 days and has no rating.
  const cutoff = now.getTime() - days(rateLastJobDays);
  return {
    ...toInvoice(row, today),
    currency: row.currency,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    subtotal: row.subtotal,
    discountTotal: row.discount_total,
    taxTotal: row.tax_total,
    notes: row.notes,
    lines: lines.map((line) => toLine(line)),
    creditNotes: creditNotes.map((note) => ({ id: note.id, number: note.number ?? '', issueDate: note.issue_date, total: note.total })),
    payments: entries.map((entry) => ({ id: entry.id, kind: entry.kind, amount: entry.amount, method: entry.method, createdAt: entry.created_at })),
    visits: visits.map((visit) => {
      const rated = Boolean(visit.rated);
      const recent = Date.parse(visit.starts_at) + minutes(visit.duration_minutes) >= cutoff;
      const reachable = Boolean(visit.granted) && Boolean(visit.feature_feedback) && Boolean(visit.portal_enabled);
      return {
        id: visit.id,
        name: visit.name,
        startsAt: visit.starts_at,
        timeZone: visit.time_zone,
        locationName: visit.location_name,
        rated,
        canRate: visit.status === 'completed' && recent && !rated && reachable,
      };
    }),
  };
}

type LedgerRow = Awaited<ReturnType<typeof repo.ledgerOf>>[number];

/**
 * The customer's payments and credit, newest first. One card payment of several invoices is one
 * row naming each invoice, its tips with it; every other entry is a row of its own. Credit after
 * each row is the running sum of prepayments less credit applied.
 */
export async function history(db: Executor, tenant: Tenant, customerId: string, query: z.output<typeof historyQuerySchema>): Promise<HistoryList> {
  const tenantId = tenantIdOf(tenant);
  const rows = await repo.ledgerOf(db, tenantId, customerId);
  const groups: { key: string; entries: LedgerRow[] }[] = [];
  const byKey = new Map<string, { key: string; entries: LedgerRow[] }>();
  for (const row of rows) {
    const paying = row.kind === 'charge' || row.kind === 'tip';
    const key = row.payment_attempt_id && paying ? `attempt:${row.payment_attempt_id}` : `entry:${row.id}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, entries: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.entries.push(row);
  }
  let credit = 0;
  const entries: (Omit<HistoryEntry, 'invoices'> & { invoiceIds: string[] })[] = groups.map(({ entries: group }) => {
    const first = group[0]!;
    const main = group.find((entry) => entry.kind !== 'tip') ?? first;
    let amount = 0;
    let tip = 0;
    const invoiceIds = new Set<string>();
    for (const entry of group) {
      if (entry.kind === 'tip') tip += entry.amount;
      else amount += entry.amount;
      if (entry.kind === 'prepayment') credit += entry.amount;
      if (entry.kind === 'credit_applied') credit -= entry.amount;
      if (entry.invoice_id) invoiceIds.add(entry.invoice_id);
    }
    return {
      id: first.id,
      kind: main.kind,
      amount,
      tip,
      method: main.method,
      invoiceIds: [...invoiceIds],
      creditAfter: credit,
      createdAt: first.created_at,
    };
  });
  entries.reverse();
  const start = (query.page - 1) * query.pageSize;
  const page = entries.slice(start, start + query.pageSize);
  const numbers = await repo.invoiceNumbers(db, tenantId, [...new Set(page.flatMap((entry) => entry.invoiceIds))]);
  const items: HistoryEntry[] = page.map(({ invoiceIds, ...entry }) => ({ ...entry, invoices: invoiceIds.map((id) => ({ id, number: numbers.get(id) ?? null })) }));
  return { items, total: entries.length, page: query.page, pageSize: query.pageSize, currency: tenant.currency };
}
