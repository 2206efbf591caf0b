import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { LedgerKind, PaymentMethod } from '../../db/schema.ts';
import { newId } from '../../lib/ids.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

/**
 * The ledger: every money movement of a customer, append-only (the database refuses changes).
 * Nothing here keeps a balance: what an invoice still owes and what credit a customer holds are
 * sums over the entries, read when needed.
 *
 * Towards an invoice: charge, manual_payment, credit_applied and credit_note pay it; refund gives
 * back. Tips are recorded with the invoice but never count towards it. Credit: prepayments add,
 * credit_applied spends.
 */

export interface LedgerEntryInput {
  customerId: string;
  kind: LedgerKind;
  /** Positive minor units; the kind says which way it moves. */
  amount: number;
  currency: string;
  invoiceId?: string | null;
  paymentAttemptId?: string | null;
  method?: PaymentMethod | null;
  reference?: string | null;
  note?: string | null;
  staffUserId?: string | null;
  portalUserId?: string | null;
  /** The refund a 'refund' entry writes (one entry per refund). */
  refundId?: string | null;
}

/** Appends entries; call inside the transaction that makes the movement true. */
export async function record(db: Executor, tenantId: TenantId, entries: LedgerEntryInput[], createdAt: string): Promise<void> {
  if (entries.length === 0) return;
  for (const entry of entries) if (!Number.isInteger(entry.amount) || entry.amount <= 0) throw new Error(`ledger amounts are positive whole minor units, not ${entry.amount}`);
  await db
    .insertInto('ledger_entries')
    .values(
      entries.map((entry) => ({
        id: newId(),
        tenant_id: tenantId,
        customer_id: entry.customerId,
        kind: entry.kind,
        amount: entry.amount,
        currency: entry.currency,
        invoice_id: entry.invoiceId ?? null,
        payment_attempt_id: entry.paymentAttemptId ?? null,
        method: entry.method ?? null,
        reference: entry.reference ?? null,
        note: entry.note ?? null,
        staff_user_id: entry.staffUserId ?? null,
        portal_user_id: entry.portalUserId ?? null,
        refund_id: entry.refundId ?? null,
        created_at: createdAt,
      })),
    )
    .execute();
}

/** The ledger kinds that pay towards an invoice; a refund takes its amount back. */
const payingKinds: readonly string[] = ['charge', 'manual_payment', 'credit_applied', 'credit_note'];

const paidExpression = sql<number>`coalesce(sum(case
  when kind in (${sql.join(payingKinds.map((kind) => sql.lit(kind)))}) then amount
  when kind = 'refund' then -amount
  else 0 end), 0)`;

/** What an invoice's own ledger entries have paid towards it: paidTowards' sum, for entries already read. */
export function paidFrom(entries: readonly { kind: string; amount: number }[]): number {
  return entries.reduce((paid, entry) => paid + (payingKinds.includes(entry.kind) ? entry.amount : entry.kind === 'refund' ? -entry.amount : 0), 0);
}

/** What has been paid towards each invoice (tips aside), by id; invoices with nothing paid are 0. */
export async function paidTowards(db: Executor, tenantId: TenantId, invoiceIds: readonly string[]): Promise<Map<string, number>> {
  const paid = new Map(invoiceIds.map((id) => [id, 0]));
  if (invoiceIds.length === 0) return paid;
  const rows = await db
    .selectFrom('ledger_entries')
    .select(['invoice_id', paidExpression.as('paid')])
    .where('tenant_id', '=', tenantId)
    .where('invoice_id', 'in', invoiceIds)
    .groupBy('invoice_id')
    .execute();
  for (const row of rows) paid.set(row.invoice_id!, Number(row.paid));
  return paid;
}

/** The tips paid with each invoice, by id. */
export async function tipsPaid(db: Executor, tenantId: TenantId, invoiceIds: readonly string[]): Promise<Map<string, number>> {
  const tips = new Map(invoiceIds.map((id) => [id, 0]));
  if (invoiceIds.length === 0) return tips;
  const rows = await db
    .selectFrom('ledger_entries')
    .select(['invoice_id', sql<number>`coalesce(sum(amount), 0)`.as('tips')])
    .where('tenant_id', '=', tenantId)
    .where('invoice_id', 'in', invoiceIds)
    .where('kind', '=', 'tip')
    .groupBy('invoice_id')
    .execute();
  for (const row of rows) tips.set(row.invoice_id!, Number(row.tips));
  return tips;
}

/** Credit the customer holds: prepayments not yet applied to an invoice. */
export async function creditOf(db: Executor, tenantId: TenantId, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('ledger_entries')
    .select(sql<number>`coalesce(sum(case when kind = 'prepayment' then amount when kind = 'credit_applied' then -amount else 0 end), 0)`.as('credit'))
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .executeTakeFirst();
  return Number(row?.credit ?? 0);
}

/**
 * What the customer owes: each sent or partly paid invoice's total less what the ledger paid
 * towards it (`paid`, which a trigger on the ledger keeps equal to paidTowards' sum). Drafts are
 * not owed; void and paid invoices owe nothing.
 */
export async function openBalance(db: Executor, tenantId: TenantId, customerId: string): Promise<number> {
  const row = await db
    .selectFrom('invoices as i')
    .select(sql<number>`coalesce(sum(i.total - i.paid), 0)`.as('owed'))
    .where('i.tenant_id', '=', tenantId)
    .where('i.customer_id', '=', customerId)
    .where('i.kind', '=', 'invoice')
    .where('i.status', 'in', ['sent', 'partly_paid'])
    .executeTakeFirst();
  return Number(row?.owed ?? 0);
}

/** The status an invoice has once `paid` of its `total` is paid (a sent one; drafts and voids keep theirs). */
export function settledStatus(total: number, paid: number): 'sent' | 'partly_paid' | 'paid' {
  if (paid >= total) return 'paid';
  return paid > 0 ? 'partly_paid' : 'sent';
}

/**
 * Brings each invoice's status in line with the ledger after entries were recorded for it; call in
 * the same transaction. Only invoices that were sent move (never a draft or a void).
 */
export async function refreshStatuses(db: Executor, tenantId: TenantId, invoiceIds: readonly string[], now: string): Promise<void> {
  if (invoiceIds.length === 0) return;
  const [invoices, paid] = await Promise.all([
    db.selectFrom('invoices').select(['id', 'total', 'status']).where('tenant_id', '=', tenantId).where('id', 'in', invoiceIds).execute(),
    paidTowards(db, tenantId, invoiceIds),
  ]);
  for (const invoice of invoices) {
    if (invoice.status === 'draft' || invoice.status === 'void') continue;
    const status = settledStatus(invoice.total, paid.get(invoice.id) ?? 0);
    if (status !== invoice.status) await db.updateTable('invoices').set({ status, updated_at: now }).where('tenant_id', '=', tenantId).where('id', '=', invoice.id).execute();
  }
}
