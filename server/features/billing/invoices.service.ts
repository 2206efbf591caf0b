import type { z } from 'zod';
import type {
  applyCreditSchema,
  creditNoteInputSchema,
  CustomerBilling,
  FromVisitsResult,
  fromVisitsSchema,
  Invoice,
  invoiceInputSchema,
  InvoiceList,
  invoiceQuerySchema,
  InvoiceRow,
  invoiceUpdateSchema,
  manualPaymentSchema,
  SendResult,
} from '../../../shared/features/billing/invoices.contract.ts';
import { priceBreakdown, type RateModification } from '../../../shared/features/visits/price.ts';
import { formatDate } from '../../../shared/i18n/format.ts';
import { formatMoney } from '../../../shared/i18n/money.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, invalidFields, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { readKeysetPage } from '../../lib/page-cursor.ts';
import { days, isoNow, localDateOf } from '../../lib/time.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { nextReference } from '../../platform/references/references.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import { cardPaymentsOf } from './card-payments.ts';
import { priceLines, toLine, totalColumns, type PricedLine } from './document-lines.ts';
import * as ledger from './ledger.ts';
import { lockCustomer } from './payments.repository.ts';
import * as repo from './invoices.repository.ts';

/**
 * Invoices as the office keeps them. A draft is the office's alone: it can be changed or deleted,
 * and the customer never sees it. Sending numbers it (INV-2026-0001, from an atomic counter, so
 * numbers have no gaps), dates it on the company's clock and emails the customer's billing
 * contacts; from then on it never changes. What it still owes is a sum over the ledger: payments,
 * applied credit and credit notes (which correct a sent invoice) pay it; voiding takes back one
 * with nothing paid and frees its visits to be invoiced again.
 */

type FromVisitsInput = z.output<typeof fromVisitsSchema>;
type InvoiceInput = z.output<typeof invoiceInputSchema>;
type InvoiceUpdate = z.output<typeof invoiceUpdateSchema>;
type CreditNoteInput = z.output<typeof creditNoteInputSchema>;
type ManualPaymentInput = z.output<typeof manualPaymentSchema>;
type ApplyCreditInput = z.output<typeof applyCreditSchema>;
type InvoiceQuery = z.output<typeof invoiceQuerySchema>;

const owing = new Set(['sent', 'partly_paid']);

/** A day some days after another (YYYY-MM-DD). */
function addDays(date: string, count: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days(count)).toISOString().slice(0, 10);
}

function today(ctx: AppContext, tenant: Tenant): string {
  return localDateOf(ctx.now(), tenant.time_zone);
}

function announce(ctx: AppContext, tenantId: TenantId, invoiceId: string): void {
  ctx.events.publish({ tenantId, topic: 'invoices', locationId: null, id: invoiceId });
}

async function requireInvoice(db: Executor, tenantId: TenantId, id: string): Promise<repo.InvoiceRecord> {
  const invoice = await repo.findInvoice(db, tenantId, id);
  if (!invoice) throw notFound('invoice');
  return invoice;
}

async function requireCustomer(db: Executor, tenantId: TenantId, customerId: string) {
  const customer = await repo.findCustomer(db, tenantId, customerId);
  if (!customer) throw notFound('customer');
  return customer;
}

/** Stores a new draft (its lines added by the caller); a new invoice starts with the customer's default tip. */
async function insertDraft(
  db: Executor,
  tenant: Tenant,
  actor: StaffActor,
  fields: { customerId: string; defaultTip: number; notes?: string | null; periodStart?: string | null; periodEnd?: string | null },
  stamp: string,
): Promise<string> {
  const id = newId();
  await repo.insertInvoice(db, {
      id,
      tenant_id: tenant.id,
      customer_id: fields.customerId,
      kind: 'invoice',
      number: null,
      status: 'draft',
      corrects_invoice_id: null,
      issue_date: null,
      due_date: null,
      period_start: fields.periodStart ?? null,
      period_end: fields.periodEnd ?? null,
      currency: tenant.currency,
      tip: fields.defaultTip,
      notes: fields.notes ?? null,
      sent_at: null,
      voided_at: null,
      void_reason: null,
      created_by_staff_id: actor.userId,
      created_at: stamp,
      updated_at: stamp,
  });
  return id;
}

async function writeLines(db: Executor, tenantId: TenantId, invoiceId: string, rows: PricedLine[], totals: Parameters<typeof totalColumns>[0], stamp: string, visitIds: (string | null)[] = []) {
  await repo.insertLines(db, invoiceId, rows, visitIds);
  await repo.setTotals(db, tenantId, invoiceId, { ...totalColumns(totals), updated_at: stamp });
}

// ── Drafts ──────────────────────────────────────────────────────────────────────────────

/**
 * Drafts from completed visits not yet invoiced that ended in the dates (the company's clock): one
 * per visit, or one per customer for the period, as the company chose. Each visit is claimed in the
 * transaction that writes its invoice, only while no invoice has it, so two runs at once bill it once.
 */
export async function invoiceVisits(ctx: AppContext, actor: StaffActor, input: FromVisitsInput): Promise<FromVisitsResult> {
  if (input.to < input.from) throw invalidFields({ to: message('validation.atLeast', { minimum: input.from }) });
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  if (input.customerId) await requireCustomer(ctx.db, tenantId, input.customerId);
  const candidates = await repo.uninvoicedVisits(ctx.db, tenantId, new Date(Date.parse(`${input.from}T00:00:00Z`) - days(3)).toISOString(), new Date(Date.parse(`${input.to}T00:00:00Z`) + days(2)).toISOString(), input.customerId);
  const visits = candidates
    .map((visit) => ({ ...visit, endDate: localDateOf(new Date(Date.parse(visit.starts_at) + visit.duration_minutes * 60_000), tenant.time_zone) }))
    .filter((visit) => visit.endDate >= input.from && visit.endDate <= input.to);
  const upgrades = await repo.acceptedUpgrades(ctx.db, tenantId, visits.map((v) => v.id));
  const groups = new Map<string, typeof visits>();
  for (const visit of visits) {
    const key = tenant.invoice_grouping === 'period' ? visit.customer_id : visit.id;
    groups.set(key, [...(groups.get(key) ?? []), visit]);
  }
  const clock = { locale: tenant.default_language, zone: tenant.time_zone };
  let invoices = 0;
  let billed = 0;
  for (const group of groups.values()) {
    const customerId = group[0]!.customer_id;
    const claimed = await ctx.db.transaction().execute(async (trx) => {
      const customer = await requireCustomer(trx, tenantId, customerId);
      const stamp = isoNow(ctx.now());
      const period = tenant.invoice_grouping === 'period' ? { periodStart: input.from, periodEnd: input.to } : {};
      const invoiceId = await insertDraft(trx, tenant, actor, { customerId, defaultTip: customer.default_tip, ...period }, stamp);
      const mine: typeof group = [];
      for (const visit of group) if (await repo.claimVisit(trx, tenantId, visit.id, invoiceId)) mine.push(visit);
      if (mine.length === 0) {
        await repo.deleteInvoiceRow(trx, tenantId, invoiceId);
        return 0;
      }
      const lines = mine.map((visit) => {
        const accepted = upgrades.filter((u) => u.visit_id === visit.id).map((u) => ({ name: u.name, price: u.price, status: 'accepted' as const }));
        const total = priceBreakdown(visit.price, JSON.parse(visit.rate_modifications) as RateModification[], accepted).total;
        return { description: `${visit.name} — ${formatDate(visit.starts_at, clock)}`, quantity: 100, unitPrice: total, discount: 0, taxRateId: input.taxRateId ?? null };
      });
      const { rows, totals } = await priceLines(trx, tenantId, lines);
      await writeLines(trx, tenantId, invoiceId, rows, totals, stamp, mine.map((v) => v.id));
      return mine.length;
    });
    if (claimed > 0) {
      invoices += 1;
      billed += claimed;
    }
  }
  if (invoices > 0) announce(ctx, tenantId, '');
  return { invoices, visits: billed };
}

export async function createInvoice(ctx: AppContext, actor: StaffActor, input: InvoiceInput): Promise<Invoice> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const customer = await requireCustomer(trx, tenantId, input.customerId);
    const { rows, totals } = await priceLines(trx, tenantId, input.lines);
    const stamp = isoNow(ctx.now());
    const invoiceId = await insertDraft(trx, tenant, actor, { customerId: customer.id, defaultTip: customer.default_tip, notes: input.notes ?? null }, stamp);
    await writeLines(trx, tenantId, invoiceId, rows, totals, stamp);
    return invoiceId;
  });
  announce(ctx, tenantId, id);
  return invoiceDetail(ctx, tenant, id);
}

function refuseUnlessDraft(invoice: repo.InvoiceRecord): void {
  if (invoice.status !== 'draft' || invoice.kind !== 'invoice') throw new AppError('conflict', message('invoices.sentNeverEdited'));
}

/** Rewrites a draft's lines (a line keeps a tax rate since switched off); a sent invoice is never edited. */
export async function updateInvoice(ctx: AppContext, actor: StaffActor, id: string, input: InvoiceUpdate): Promise<Invoice> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  await ctx.db.transaction().execute(async (trx) => {
    const invoice = await requireInvoice(trx, tenantId, id);
    refuseUnlessDraft(invoice);
    const existing = await repo.linesOf(trx, tenantId, id);
    const keep = new Set(existing.flatMap((line) => (line.tax_rate_id ? [line.tax_rate_id] : [])));
    const { rows, totals } = await priceLines(trx, tenantId, input.lines, keep);
    const stamp = isoNow(ctx.now());
    const moved = await repo.updateInStatus(trx, tenantId, id, 'draft', { notes: input.notes ?? null, ...(input.tip === undefined ? {} : { tip: input.tip }), updated_at: stamp });
    if (!moved) throw new AppError('conflict', message('invoices.sentNeverEdited'));
    // A line that billed a visit keeps billing it while its place is kept.
    const visitIds = rows.map((_, index) => existing[index]?.visit_id ?? null);
    await repo.deleteLines(trx, tenantId, id);
    await writeLines(trx, tenantId, id, rows, totals, stamp, visitIds);
  });
  announce(ctx, tenantId, id);
  return invoiceDetail(ctx, tenant, id);
}

/** Deletes a draft and frees the visits it billed. */
export async function deleteInvoice(ctx: AppContext, actor: StaffActor, id: string): Promise<void> {
  const tenantId = actor.tenantId;
  await ctx.db.transaction().execute(async (trx) => {
    const invoice = await requireInvoice(trx, tenantId, id);
    if (invoice.status !== 'draft') throw new AppError('conflict', message('invoices.onlyDraftDeleted'));
    await repo.freeVisits(trx, tenantId, id);
    await repo.deleteInvoiceRow(trx, tenantId, id);
  });
  announce(ctx, tenantId, id);
}

// ── Sending, voiding, correcting ────────────────────────────────────────────────────────

/**
 * Sends a draft: numbered, dated today on the company's clock, due after the company's due days,
 * and emailed to each billing contact in their language. A customer without one is still sent to
 * (the answer says nobody was emailed).
 */
export async function sendInvoice(ctx: AppContext, actor: StaffActor, id: string): Promise<SendResult> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  const emailed = await ctx.db.transaction().execute(async (trx) => {
    const invoice = await requireInvoice(trx, tenantId, id);
    if (invoice.status !== 'draft' || invoice.kind !== 'invoice') throw new AppError('conflict', message('invoices.alreadySent'));
    const now = ctx.now();
    const stamp = isoNow(now);
    const issueDate = localDateOf(now, tenant.time_zone);
    const dueDate = addDays(issueDate, tenant.invoice_due_days);
    const number = await nextReference(trx, tenantId, 'INV', now);
    const moved = await repo.updateInStatus(trx, tenantId, id, 'draft', { status: 'sent', number, issue_date: issueDate, due_date: dueDate, sent_at: stamp, updated_at: stamp });
    // Another send got there first: roll back so its number is the only one used.
    if (!moved) throw new AppError('conflict', message('invoices.alreadySent'));
    await ledger.refreshStatuses(trx, tenantId, [id], stamp);
    const contacts = await repo.billingContacts(trx, tenantId, invoice.customer_id);
    const link = `${ctx.config.publicUrl}/portal/${tenant.slug}/billing/invoices/${id}`;
    for (const contact of contacts) {
      await enqueueEmail(trx, invoiceEmail(tenant, contact, { number, total: invoice.total, dueDate, link }), ctx.smtpConfigured, now);
    }
    return contacts.length;
  });
  announce(ctx, tenantId, id);
  return { ...(await invoiceDetail(ctx, tenant, id)), emailed };
}

function invoiceEmail(tenant: Tenant, to: Awaited<ReturnType<typeof repo.billingContacts>>[number], invoice: { number: string; total: number; dueDate: string; link: string }) {
  const language = addresseeLanguage(to, tenant);
  const t = translator(language);
  const names = {
    number: invoice.number,
    company: tenant.display_name,
    total: formatMoney(invoice.total, tenant.currency, language),
    dueDate: formatDate(`${invoice.dueDate}T12:00:00Z`, { locale: language, zone: 'UTC' }),
  };
  return {
    tenantId: tenant.id,
    to: to.email,
    subject: t('invoice.subject', { ns: 'emails', ...names }),
    text: [t('greeting', { ns: 'emails', name: to.name }), '', t('invoice.body', { ns: 'emails', ...names }), '', t('invoice.link', { ns: 'emails', link: invoice.link }), '', tenant.display_name].join('\n'),
  };
}

/** Takes back a sent invoice with nothing paid towards it; its visits can be invoiced again. */
export async function voidInvoice(ctx: AppContext, actor: StaffActor, id: string, reason: string): Promise<Invoice> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  await ctx.db.transaction().execute(async (trx) => {
    const invoice = await requireInvoice(trx, tenantId, id);
    if (invoice.kind !== 'invoice' || invoice.status !== 'sent') throw new AppError('conflict', message('invoices.voidOnlyUnpaid'));
    await lockCustomer(trx, ctx.dbKind, tenantId, invoice.customer_id);
    const paid = (await ledger.paidTowards(trx, tenantId, [id])).get(id) ?? 0;
    if (paid !== 0) throw new AppError('conflict', message('invoices.voidOnlyUnpaid'));
    const stamp = isoNow(ctx.now());
    const moved = await repo.updateInStatus(trx, tenantId, id, 'sent', { status: 'void', voided_at: stamp, void_reason: reason, updated_at: stamp });
    if (!moved) throw new AppError('conflict', message('invoices.voidOnlyUnpaid'));
    await repo.freeVisits(trx, tenantId, id);
  });
  announce(ctx, tenantId, id);
  return invoiceDetail(ctx, tenant, id);
}

/** An invoice still owed, locked with its customer for a money movement; answers it and what it owes. */
async function owedInvoice(ctx: AppContext, trx: Executor, tenantId: TenantId, id: string) {
  const invoice = await requireInvoice(trx, tenantId, id);
  await lockCustomer(trx, ctx.dbKind, tenantId, invoice.customer_id);
  if (invoice.kind !== 'invoice' || invoice.status === 'draft') throw new AppError('conflict', message('invoices.notSent'));
  if (!owing.has(invoice.status)) throw new AppError('conflict', message('payments.nothingOwed'));
  const due = invoice.total - ((await ledger.paidTowards(trx, tenantId, [id])).get(id) ?? 0);
  if (due <= 0) throw new AppError('conflict', message('payments.nothingOwed'));
  return { invoice, due };
}

/**
 * A credit note correcting a sent invoice: numbered CN-…, sent at once, of at most what the invoice
 * still owes; it pays that much of the invoice in the ledger.
 */
export async function writeCreditNote(ctx: AppContext, actor: StaffActor, id: string, input: CreditNoteInput): Promise<Invoice> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  const noteId = await ctx.db.transaction().execute(async (trx) => {
    const { invoice, due } = await owedInvoice(ctx, trx, tenantId, id);
    if ((input.lines === undefined) === (input.amount === undefined)) throw invalidFields({ amount: message('validation.required') });
    const lines = input.lines ?? [{ description: input.reason, quantity: 100, unitPrice: input.amount ?? 0, discount: 0, taxRateId: null }];
    const { rows, totals } = await priceLines(trx, tenantId, lines);
    const field = input.lines ? 'lines' : 'amount';
    if (totals.total > due) throw invalidFields({ [field]: message('validation.atMost', { maximum: due }) });
    if (totals.total <= 0) throw invalidFields({ [field]: message('validation.atLeast', { minimum: 1 }) });
    const now = ctx.now();
    const stamp = isoNow(now);
    const noteId = newId();
    await repo.insertInvoice(trx, {
        id: noteId,
        tenant_id: tenantId,
        customer_id: invoice.customer_id,
        kind: 'credit_note',
        number: await nextReference(trx, tenantId, 'CN', now),
        status: 'sent',
        corrects_invoice_id: invoice.id,
        issue_date: localDateOf(now, tenant.time_zone),
        due_date: null,
        period_start: null,
        period_end: null,
        currency: invoice.currency,
        tip: 0,
        notes: input.reason,
        sent_at: stamp,
        voided_at: null,
        void_reason: null,
        created_by_staff_id: actor.userId,
        created_at: stamp,
        updated_at: stamp,
    });
    await writeLines(trx, tenantId, noteId, rows, totals, stamp);
    await ledger.record(trx, tenantId, [{ customerId: invoice.customer_id, kind: 'credit_note', amount: totals.total, currency: invoice.currency, invoiceId: invoice.id, note: input.reason, staffUserId: actor.userId }], stamp);
    await ledger.refreshStatuses(trx, tenantId, [invoice.id], stamp);
    return noteId;
  });
  announce(ctx, tenantId, id);
  return invoiceDetail(ctx, tenant, noteId);
}

/** A payment taken outside Porter (cash, cheque, bank transfer), of at most what the invoice owes. */
export async function recordPayment(ctx: AppContext, actor: StaffActor, id: string, input: ManualPaymentInput): Promise<Invoice> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  await ctx.db.transaction().execute(async (trx) => {
    const { invoice, due } = await owedInvoice(ctx, trx, tenantId, id);
    if (input.amount > due) throw invalidFields({ amount: message('validation.atMost', { maximum: due }) });
    const stamp = isoNow(ctx.now());
    await ledger.record(
      trx,
      tenantId,
      [{ customerId: invoice.customer_id, kind: 'manual_payment', amount: input.amount, currency: invoice.currency, invoiceId: id, method: input.method, reference: input.reference ?? null, note: input.note ?? null, staffUserId: actor.userId }],
      stamp,
    );
    await ledger.refreshStatuses(trx, tenantId, [id], stamp);
  });
  announce(ctx, tenantId, id);
  return invoiceDetail(ctx, tenant, id);
}

/** Spends a customer's credit (prepayments) on one of their invoices: at most the credit and what it owes. */
export async function applyCredit(ctx: AppContext, actor: StaffActor, customerId: string, input: ApplyCreditInput): Promise<Invoice> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  await ctx.db.transaction().execute(async (trx) => {
    await requireCustomer(trx, tenantId, customerId);
    const found = await repo.findInvoice(trx, tenantId, input.invoiceId);
    if (!found || found.customer_id !== customerId) throw notFound('invoice');
    const { invoice, due } = await owedInvoice(ctx, trx, tenantId, input.invoiceId);
    const credit = await ledger.creditOf(trx, tenantId, customerId);
    const most = Math.min(credit, due);
    if (input.amount > most) throw invalidFields({ amount: message('validation.atMost', { maximum: most }) });
    const stamp = isoNow(ctx.now());
    await ledger.record(trx, tenantId, [{ customerId, kind: 'credit_applied', amount: input.amount, currency: invoice.currency, invoiceId: invoice.id, method: 'credit', staffUserId: actor.userId }], stamp);
    await ledger.refreshStatuses(trx, tenantId, [invoice.id], stamp);
  });
  announce(ctx, tenantId, input.invoiceId);
  return invoiceDetail(ctx, tenant, input.invoiceId);
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────

function toRow(row: repo.ListRow, paid: number, todayDate: string): InvoiceRow {
  const owes = owing.has(row.status);
  return {
    id: row.id,
    kind: row.kind,
    number: row.number,
    customer: { id: row.customer_id, name: row.customer_name },
    status: row.status,
    issueDate: row.issue_date,
    dueDate: row.due_date,
    total: row.total,
    due: owes ? row.total - paid : 0,
    overdue: owes && row.due_date !== null && row.due_date < todayDate,
  };
}

/**
 * A page of the office's list, in due-date order, with totals over the whole filter. Only the
 * page's rows are summed from the ledger (one grouped query); the totals are one aggregate.
 */
/**
 * A page of the office's invoices. Its cursor is signed for the company, the view and every
 * filter, so one made for another list is refused, naming it. The totals stay: the billing page
 * is about those sums, and they are one aggregate over the filter.
 */
export async function listInvoices(ctx: AppContext, tenantId: TenantId, query: InvoiceQuery): Promise<InvoiceList> {
  const tenant = await requireTenant(ctx.db, tenantId);
  const todayDate = today(ctx, tenant);
  const { cursor, pageSize, ...list } = query;
  const filter: repo.InvoiceFilter = { view: list.view, today: todayDate, customerId: list.customerId, from: list.from, to: list.to, minTotal: list.minTotal, maxTotal: list.maxTotal, q: list.q };
  const scope = `office-invoices:${tenantId}:${JSON.stringify(list)}`;
  const positionOf = (row: repo.ListRow) => ({ at: list.view === 'draft' ? row.created_at : (row.due_date ?? repo.noDueDate), id: row.id });
  const [page, totals] = await Promise.all([
    readKeysetPage(ctx.config.sessionSecret, scope, { cursor, pageSize }, (keyset) => repo.listInvoices(ctx.db, tenantId, filter, keyset), positionOf),
    repo.totalsOf(ctx.db, tenantId, filter),
  ]);
  const paid = await ledger.paidTowards(ctx.db, tenantId, page.items.map((row) => row.id));
  return { items: page.items.map((row) => toRow(row, paid.get(row.id) ?? 0, todayDate)), nextCursor: page.nextCursor, currency: tenant.currency, totals };
}

export async function invoiceDetail(ctx: AppContext, tenant: Tenant, id: string): Promise<Invoice> {
  const tenantId = tenantIdOf(tenant);
  const invoice = await requireInvoice(ctx.db, tenantId, id);
  const [lines, visits, creditNotes, entries, credit, corrects, card] = await Promise.all([
    repo.linesOf(ctx.db, tenantId, id),
    repo.visitsOf(ctx.db, tenantId, id),
    repo.creditNotesOf(ctx.db, tenantId, id),
    repo.ledgerOf(ctx.db, tenantId, id),
    ledger.creditOf(ctx.db, tenantId, invoice.customer_id),
    invoice.corrects_invoice_id ? repo.findInvoice(ctx.db, tenantId, invoice.corrects_invoice_id) : Promise.resolve(undefined),
    cardPaymentsOf(ctx.db, tenantId, id),
  ]);
  // The invoice's ledger is read whole for the page, so what it paid is summed from it, not asked again.
  const paidSoFar = ledger.paidFrom(entries);
  const owes = invoice.kind === 'invoice' && owing.has(invoice.status);
  return {
    id: invoice.id,
    kind: invoice.kind,
    number: invoice.number,
    status: invoice.status,
    customer: { id: invoice.customer_id, name: invoice.customer_name },
    correctsInvoice: corrects ? { id: corrects.id, number: corrects.number } : null,
    issueDate: invoice.issue_date,
    dueDate: invoice.due_date,
    periodStart: invoice.period_start,
    periodEnd: invoice.period_end,
    currency: invoice.currency,
    subtotal: invoice.subtotal,
    discountTotal: invoice.discount_total,
    taxTotal: invoice.tax_total,
    total: invoice.total,
    tip: invoice.tip,
    notes: invoice.notes,
    voidReason: invoice.void_reason,
    lines: lines.map(toLine),
    visits: visits.map((v) => ({ id: v.id, name: v.name, startsAt: v.starts_at, timeZone: v.time_zone })),
    creditNotes: creditNotes.map((n) => ({ id: n.id, number: n.number, total: n.total, issueDate: n.issue_date })),
    ledger: entries.map((e) => ({ id: e.id, kind: e.kind, amount: e.amount, method: e.method, reference: e.reference, note: e.note, createdAt: e.created_at })),
    cardPayments: card.cardPayments,
    refunds: card.refunds,
    paid: invoice.kind === 'invoice' ? paidSoFar : 0,
    due: owes ? invoice.total - paidSoFar : 0,
    overdue: owes && invoice.due_date !== null && invoice.due_date < today(ctx, tenant),
    customerCredit: credit,
    createdAt: invoice.created_at,
  };
}

export async function customerBilling(ctx: AppContext, tenantId: TenantId, customerId: string): Promise<CustomerBilling> {
  const tenant = await requireTenant(ctx.db, tenantId);
  const customer = await requireCustomer(ctx.db, tenantId, customerId);
  const [balance, credit, rows] = await Promise.all([ledger.openBalance(ctx.db, tenantId, customerId), ledger.creditOf(ctx.db, tenantId, customerId), repo.recentInvoices(ctx.db, tenantId, customerId, 5)]);
  const paid = await ledger.paidTowards(ctx.db, tenantId, rows.map((row) => row.id));
  const todayDate = today(ctx, tenant);
  return { currency: tenant.currency, openBalance: balance, credit, defaultTip: customer.default_tip, recent: rows.map((row) => toRow(row, paid.get(row.id) ?? 0, todayDate)) };
}
