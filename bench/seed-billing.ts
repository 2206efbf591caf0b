import type { Db } from '../server/db/database.ts';
import type { InvoiceStatus, LedgerKind, PaymentMethod } from '../server/db/schema.ts';
import { documentTotals, lineFigures, type LineInput } from '../shared/features/billing/document-math.ts';
import { newId } from '../server/lib/ids.ts';

export type BillingBench = { invoices: number; unpaid: number; overdue: number; ledgerEntries: number };

const day = 86_400_000;
const dueDays = 14;
/** How far back the invoices go: two years of a company's billing. */
const historyDays = 730;
const currency = 'USD';

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>, size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A stable 0–99 per invoice, so a run seeds the same mix every time without a random source. */
const dice = (n: number) => Math.floor((((n * 2_654_435_761) >>> 0) / 2 ** 32) * 100);

/**
 * An invoice's status from its age, as a real office's ledger looks: old invoices are nearly all
 * paid (a few voided, a long tail still owed and overdue), recent ones are mostly still open.
 */
function statusFor(ageDays: number, roll: number): InvoiceStatus {
  if (ageDays > 60) return roll < 3 ? 'void' : roll < 5 ? 'sent' : roll < 6 ? 'partly_paid' : 'paid';
  if (ageDays > dueDays) return roll < 2 ? 'void' : roll < 20 ? 'sent' : roll < 28 ? 'partly_paid' : 'paid';
  return roll < 1 ? 'void' : roll < 60 ? 'sent' : roll < 70 ? 'partly_paid' : 'paid';
}

/** One to three lines: the visit itself, windows on some, supplies on others; sales tax on each. */
function linesFor(n: number, issue: string): (LineInput & { description: string })[] {
  const lines = [{ description: `Office clean — ${issue}`, quantity: 100, unitPrice: 9_000 + (n % 7) * 1_500, discount: 0, taxRate: 825 }];
  if (n % 3 >= 1) lines.push({ description: 'Window cleaning', quantity: 150, unitPrice: 4_500, discount: n % 4 === 0 ? 500 : 0, taxRate: 825 });
  if (n % 3 === 2) lines.push({ description: 'Washroom supplies', quantity: 200 + (n % 5) * 100, unitPrice: 1_250, discount: 0, taxRate: 825 });
  return lines;
}

type Invoice = {
  id: string;
  customerId: string;
  status: InvoiceStatus;
  issueMs: number;
  number: string | null;
  total: number;
  lines: ReturnType<typeof linesFor>;
};
type Entry = { customerId: string; kind: LedgerKind; amount: number; invoiceId: string | null; attemptId: string | null; method: PaymentMethod; at: number; portalUserId?: string | null };

/**
 * A tenant's billing at scale: `count` invoices over two years spread over its customers, with their
 * lines and ledger entries (drafts, sent, partly paid, paid and void; a long tail overdue; a few
 * corrected by credit notes), numbered per year in issue order as the real counter numbers them.
 * One customer (the portal's billing contact's) has `portalInvoices` of them, paid by card in
 * payments of up to three invoices with tips, plus prepaid credit spent on some.
 */
export async function seedBilling(db: Db, tenantId: string, portal: { customerId: string; portalUserId: string }, count = 200_000, portalInvoices = 500): Promise<BillingBench> {
  const now = Date.now();
  const today = dateOf(now);
  const customerIds = (await db.selectFrom('customers').select('id').where('tenant_id', '=', tenantId).where('id', '<>', portal.customerId).orderBy('id').execute()).map((c) => c.id);
  const taxRateId = newId();
  const counters = new Map<string, number>();
  const numberFor = (prefix: 'INV' | 'CN', ms: number) => {
    const year = new Date(ms).getUTCFullYear();
    const key = `${prefix}:${year}`;
    const next = (counters.get(key) ?? 0) + 1;
    counters.set(key, next);
    return `${prefix}-${year}-${String(next).padStart(4, '0')}`;
  };

  // Chronological: the portal customer's invoices every `stride`th, the rest round the other customers.
  const stride = Math.floor(count / portalInvoices);
  const drafts = Math.floor(count / 100);
  const invoices: Invoice[] = [];
  let other = 0;
  for (let n = 0; n < count; n++) {
    const customerId = n % stride === 0 && n / stride < portalInvoices ? portal.customerId : customerIds[other++ % customerIds.length]!;
    const issueMs = now - historyDays * day + Math.floor((n * historyDays * day) / count);
    const draft = n >= count - drafts;
    const status = draft ? 'draft' : statusFor(Math.floor((now - issueMs) / day), dice(n));
    const lines = linesFor(n, dateOf(issueMs));
    invoices.push({ id: newId(issueMs), customerId, status, issueMs, number: draft ? null : numberFor('INV', issueMs), total: documentTotals(lines).total, lines });
  }

  const entries: Entry[] = [];
  const creditNotes: { id: string; corrects: Invoice; amount: number; number: string; issueMs: number }[] = [];
  const attempts: { id: string; customerId: string; amount: number; tip: number; purpose: 'invoices' | 'prepayment'; at: number; invoices: { id: string; amount: number; tip: number }[] }[] = [];
  // A payment lands some days after the invoice, never in the future.
  const paidAt = (invoice: Invoice, n: number) => Math.min(invoice.issueMs + (1 + (n % 20)) * day, now - 3_600_000);
  let credit = 0;
  let pendingCard: Invoice[] = [];
  const payByCard = (batch: Invoice[]) => {
    if (batch.length === 0) return;
    const id = newId();
    const at = paidAt(batch.at(-1)!, 3);
    const allocations = batch.map((invoice, i) => ({ id: invoice.id, amount: invoice.total, tip: attempts.length % 3 === 0 && i === 0 ? 500 : 0 }));
    attempts.push({ id, customerId: portal.customerId, amount: allocations.reduce((s, a) => s + a.amount + a.tip, 0), tip: allocations.reduce((s, a) => s + a.tip, 0), purpose: 'invoices', at, invoices: allocations });
    for (const a of allocations) {
      entries.push({ customerId: portal.customerId, kind: 'charge', amount: a.amount, invoiceId: a.id, attemptId: id, method: 'card', at, portalUserId: portal.portalUserId });
      if (a.tip > 0) entries.push({ customerId: portal.customerId, kind: 'tip', amount: a.tip, invoiceId: a.id, attemptId: id, method: 'card', at, portalUserId: portal.portalUserId });
    }
  };
  invoices.forEach((invoice, n) => {
    const mine = invoice.customerId === portal.customerId;
    if (mine && n % (stride * 100) === 0) {
      // Every hundred of its invoices the customer prepays: credit the office spends on part-paid ones.
      const id = newId();
      attempts.push({ id, customerId: portal.customerId, amount: 50_000, tip: 0, purpose: 'prepayment', at: invoice.issueMs, invoices: [] });
      entries.push({ customerId: portal.customerId, kind: 'prepayment', amount: 50_000, invoiceId: null, attemptId: id, method: 'card', at: invoice.issueMs, portalUserId: portal.portalUserId });
      credit += 50_000;
    }
    if (invoice.status === 'paid' && mine) {
      pendingCard.push(invoice);
      if (pendingCard.length >= 1 + (n % 3)) {
        payByCard(pendingCard);
        pendingCard = [];
      }
      return;
    }
    if (invoice.status === 'paid') {
      entries.push({ customerId: invoice.customerId, kind: 'manual_payment', amount: invoice.total, invoiceId: invoice.id, attemptId: null, method: n % 2 === 0 ? 'bank_transfer' : 'cheque', at: paidAt(invoice, n) });
      return;
    }
    if (invoice.status !== 'partly_paid') return;
    const part = Math.floor(invoice.total / 2);
    if (mine && credit >= part) {
      credit -= part;
      entries.push({ customerId: invoice.customerId, kind: 'credit_applied', amount: part, invoiceId: invoice.id, attemptId: null, method: 'credit', at: paidAt(invoice, n) });
    } else if (n % 5 === 0) {
      // Corrected rather than paid: a credit note for part of it, numbered CN-… on its day.
      const issueMs = paidAt(invoice, n);
      creditNotes.push({ id: newId(issueMs), corrects: invoice, amount: part, number: numberFor('CN', issueMs), issueMs });
      entries.push({ customerId: invoice.customerId, kind: 'credit_note', amount: part, invoiceId: invoice.id, attemptId: null, method: 'credit', at: issueMs });
    } else {
      entries.push({ customerId: invoice.customerId, kind: 'manual_payment', amount: part, invoiceId: invoice.id, attemptId: null, method: 'bank_transfer', at: paidAt(invoice, n) });
    }
  });
  payByCard(pendingCard);

  const stampOf = (ms: number) => new Date(ms).toISOString();
  const invoiceRow = (invoice: Invoice) => {
    const totals = documentTotals(invoice.lines);
    const issued = invoice.status !== 'draft';
    const stamp = stampOf(invoice.issueMs);
    return {
      id: invoice.id,
      tenant_id: tenantId,
      customer_id: invoice.customerId,
      kind: 'invoice' as const,
      number: invoice.number,
      status: invoice.status,
      corrects_invoice_id: null,
      issue_date: issued ? dateOf(invoice.issueMs) : null,
      due_date: issued ? dateOf(invoice.issueMs + dueDays * day) : null,
      period_start: null,
      period_end: null,
      currency,
      subtotal: totals.subtotal,
      discount_total: totals.discountTotal,
      tax_total: totals.taxTotal,
      total: totals.total,
      tip: 0,
      notes: null,
      sent_at: issued ? stamp : null,
      voided_at: invoice.status === 'void' ? stampOf(invoice.issueMs + day) : null,
      void_reason: invoice.status === 'void' ? 'Visit cancelled' : null,
      created_by_staff_id: null,
      created_at: stamp,
      updated_at: stamp,
    };
  };
  const lineRows = invoices.flatMap((invoice) =>
    invoice.lines.map((line, position) => {
      const figures = lineFigures(line);
      return { id: newId(invoice.issueMs), tenant_id: tenantId, invoice_id: invoice.id, visit_id: null, position, description: line.description, quantity: line.quantity, unit_price: line.unitPrice, discount: line.discount, tax_rate_id: taxRateId, tax_rate: line.taxRate, tax_name: 'Sales tax', net: figures.net, tax: figures.tax };
    }),
  );
  const creditNoteLines = creditNotes.map((note) => ({ id: newId(note.issueMs), tenant_id: tenantId, invoice_id: note.id, visit_id: null, position: 0, description: 'Part of the visit was not done', quantity: 100, unit_price: note.amount, discount: 0, tax_rate_id: null, tax_rate: 0, tax_name: null, net: note.amount, tax: 0 }));
  const cardId = newId();

  await db.transaction().execute(async (trx) => {
    await trx.insertInto('tax_rates').values({ id: taxRateId, tenant_id: tenantId, name: 'Sales tax', rate: 825, active: true, created_at: stampOf(now - historyDays * day) }).execute();
    await insertInBatches(invoices, (batch) => trx.insertInto('invoices').values(batch.map(invoiceRow)).execute());
    await insertInBatches(lineRows, (batch) => trx.insertInto('invoice_lines').values(batch).execute());
    await insertInBatches(creditNotes, (batch) =>
      trx
        .insertInto('invoices')
        .values(
          batch.map((note) => ({
            ...invoiceRow({ id: note.id, customerId: note.corrects.customerId, status: 'sent', issueMs: note.issueMs, number: note.number, total: note.amount, lines: [] }),
            kind: 'credit_note' as const,
            corrects_invoice_id: note.corrects.id,
            due_date: null,
            subtotal: note.amount,
            total: note.amount,
            notes: 'Part of the visit was not done',
          })),
        )
        .execute(),
    );
    await insertInBatches(creditNoteLines, (batch) => trx.insertInto('invoice_lines').values(batch).execute());
    await trx
      .insertInto('cards')
      .values({ id: cardId, tenant_id: tenantId, customer_id: portal.customerId, gateway: 'test', token: `pm_bench_${cardId}`, brand: 'visa', last4: '4242', exp_month: 12, exp_year: new Date(now).getUTCFullYear() + 3, is_default: true, added_by_portal_user_id: portal.portalUserId, created_at: stampOf(now - historyDays * day) })
      .execute();
    await insertInBatches(attempts, (batch) =>
      trx
        .insertInto('payment_attempts')
        .values(
          batch.map((a) => ({
            id: a.id,
            tenant_id: tenantId,
            customer_id: a.customerId,
            idempotency_key: a.id,
            gateway: 'test' as const,
            card_id: cardId,
            amount: a.amount,
            tip: a.tip,
            currency,
            purpose: a.purpose,
            status: 'succeeded' as const,
            gateway_payment_id: `pi_bench_${a.id}`,
            next_action_url: null,
            failure_code: null,
            source: 'portal' as const,
            portal_user_id: portal.portalUserId,
            staff_user_id: null,
            created_at: stampOf(a.at),
            updated_at: stampOf(a.at),
            settled_at: stampOf(a.at),
          })),
        )
        .execute(),
    );
    const allocations = attempts.flatMap((a) => a.invoices.map((i) => ({ tenant_id: tenantId, payment_attempt_id: a.id, invoice_id: i.id, amount: i.amount, tip: i.tip })));
    await insertInBatches(allocations, (batch) => trx.insertInto('payment_attempt_invoices').values(batch).execute());
    await insertInBatches(entries, (batch) =>
      trx
        .insertInto('ledger_entries')
        .values(
          batch.map((e) => ({
            id: newId(e.at),
            tenant_id: tenantId,
            customer_id: e.customerId,
            kind: e.kind,
            amount: e.amount,
            currency,
            invoice_id: e.invoiceId,
            payment_attempt_id: e.attemptId,
            method: e.method,
            reference: null,
            note: null,
            staff_user_id: null,
            portal_user_id: e.portalUserId ?? null,
            created_at: stampOf(e.at),
          })),
        )
        .execute(),
    );
    // The counters stand where the numbering left them, so the next invoice sent gets the next number.
    const counterRows = [...counters].map(([key, last]) => {
      const [prefix, year] = key.split(':') as [string, string];
      return { tenant_id: tenantId, prefix, year: Number(year), last_number: last };
    });
    await trx.insertInto('reference_counters').values(counterRows).execute();
  });

  const unpaid = invoices.filter((i) => i.status === 'sent' || i.status === 'partly_paid');
  return { invoices: invoices.length, unpaid: unpaid.length, overdue: unpaid.filter((i) => dateOf(i.issueMs + dueDays * day) < today).length, ledgerEntries: entries.length };
}
