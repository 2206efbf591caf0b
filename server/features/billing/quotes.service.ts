import type { z } from 'zod';
import type { DocumentTotals } from '../../../shared/features/billing/document-math.ts';
import {
  displayStatus,
  type acceptQuoteSchema,
  type declineQuoteSchema,
  type PendingQuotes,
  type PortalQuote,
  type PortalQuoteList,
  type PortalQuoteListQuery,
  type Quote,
  type QuoteList,
  type quoteInputSchema,
  type quoteListQuerySchema,
  type QuoteSummary,
  type quoteUpdateSchema,
  type scheduleQuoteSchema,
} from '../../../shared/features/billing/quotes.contract.ts';
import type { accountServiceInputSchema } from '../../../shared/features/visits/visits.contract.ts';
import { formatMoney } from '../../../shared/i18n/money.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import type { PortalActor, StaffActor } from '../../http/auth.ts';
import { AppError, invalidFields, message, notFound } from '../../http/errors.ts';
import { translator } from '../../lib/i18n.ts';
import { newId } from '../../lib/ids.ts';
import { readKeysetPage } from '../../lib/page-cursor.ts';
import { isoNow, localDateOf } from '../../lib/time.ts';
import { addresseeLanguage } from '../../platform/mail/addressee-language.ts';
import { enqueueEmail } from '../../platform/mail/outbox.ts';
import { nextReference } from '../../platform/references/references.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import { priceLines, toLine, totalColumns } from './document-lines.ts';
import * as repo from './quotes.repository.ts';

type QuoteInput = z.output<typeof quoteInputSchema>;
type QuoteUpdate = z.output<typeof quoteUpdateSchema>;
type ListQuery = z.output<typeof quoteListQuerySchema>;
type ServiceInput = z.output<typeof accountServiceInputSchema>;

/**
 * What the visits feature lends a quote to become a scheduled service (wired in app.ts): a service
 * is added to the account, then scheduled; one added for a quote that turns out to be taken
 * already is removed again.
 */
export type ServiceMaker = {
  add: (ctx: AppContext, actor: StaffActor, customerId: string, input: ServiceInput) => Promise<{ id: string }>;
  schedule: (ctx: AppContext, actor: StaffActor, id: string) => Promise<unknown>;
  remove: (ctx: AppContext, actor: StaffActor, id: string) => Promise<void>;
};

/** Today on the company's clock: validity dates are the company's days. */
export const companyToday = (ctx: AppContext, tenant: Pick<Tenant, 'time_zone'>) => localDateOf(ctx.now(), tenant.time_zone);

const conflict = (key: 'notDraft' | 'notOpen' | 'expired' | 'answered' | 'notAccepted' | 'scheduled') => new AppError('conflict', message(`quotes.${key}`));

function toSummary(row: repo.QuoteRow, today: string): QuoteSummary {
  return {
    id: row.id,
    number: row.number,
    status: displayStatus(row.status, row.valid_until, today),
    title: row.title,
    customerId: row.customer_id,
    customerName: row.customer_name,
    locationId: row.location_id,
    locationName: row.location_name,
    validUntil: row.valid_until,
    currency: row.currency,
    total: row.total,
    sentAt: row.sent_at,
    createdAt: row.created_at,
  };
}

async function describe(db: Executor, tenantId: TenantId, row: repo.QuoteRow, today: string): Promise<Quote> {
  const lines = await repo.quoteLines(db, tenantId, row.id);
  return {
    ...toSummary(row, today),
    subtotal: row.subtotal,
    discountTotal: row.discount_total,
    taxTotal: row.tax_total,
    terms: row.terms,
    timeZone: row.time_zone,
    lines: lines.map(toLine),
    acceptance: row.accepted_at && row.accepted_name ? { name: row.accepted_name, at: row.accepted_at, ip: row.accepted_ip, userAgent: row.accepted_user_agent } : null,
    declinedAt: row.declined_at,
    declineReason: row.decline_reason,
    accountServiceId: row.account_service_id,
    firstInvoiceId: row.first_invoice_id,
  };
}

async function findRow(db: Executor, tenantId: TenantId, id: string, filter: repo.QuoteFilter = {}): Promise<repo.QuoteRow> {
  const [row] = await repo.quotes(db, tenantId, { ...filter, id });
  if (!row) throw notFound('quote');
  return row;
}

function publish(ctx: AppContext, row: { tenant_id: string; location_id: string; id: string }): void {
  ctx.events.publish({ tenantId: row.tenant_id, topic: 'quotes', locationId: row.location_id, id: row.id });
}

// ── The office ──────────────────────────────────────────────────────────────────────────

/** The stored statuses (and date bounds) a shown status stands for. */
function statusFilter(status: ListQuery['status'], today: string): repo.QuoteFilter {
  switch (status) {
    case undefined:
      return {};
    case 'expired':
      return { statuses: ['sent'], validBefore: today };
    case 'sent':
      return { statuses: ['sent'], validFrom: today };
    default:
      return { statuses: [status] };
  }
}

export async function listQuotes(ctx: AppContext, tenant: Tenant, query: ListQuery): Promise<QuoteList> {
  const tenantId = tenantIdOf(tenant);
  const today = companyToday(ctx, tenant);
  const filter = { ...statusFilter(query.status, today), ...(query.customerId ? { customerId: query.customerId } : {}) };
  const [rows, total] = await Promise.all([
    repo.quotes(ctx.db, tenantId, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    repo.countQuotes(ctx.db, tenantId, filter),
  ]);
  return { items: rows.map((row) => toSummary(row, today)), total, page: query.page, pageSize: query.pageSize };
}

export async function officeQuote(ctx: AppContext, tenant: Tenant, id: string): Promise<Quote> {
  const tenantId = tenantIdOf(tenant);
  return describe(ctx.db, tenantId, await findRow(ctx.db, tenantId, id), companyToday(ctx, tenant));
}

/** A validity date must be the company's today or later. */
function checkValidUntil(validUntil: string, today: string): void {
  if (validUntil < today) throw invalidFields({ validUntil: message('validation.todayOrLater') });
}

async function checkLocation(db: Executor, tenantId: TenantId, customerId: string, locationId: string): Promise<void> {
  if (!(await repo.customerLocation(db, tenantId, customerId, locationId))) throw invalidFields({ locationId: message('validation.chooseLocation') });
}

function totalsOf(totals: DocumentTotals) {
  return totalColumns(totals);
}

export async function createQuote(ctx: AppContext, tenant: Tenant, actor: StaffActor, input: QuoteInput): Promise<Quote> {
  const tenantId = tenantIdOf(tenant);
  const today = companyToday(ctx, tenant);
  checkValidUntil(input.validUntil, today);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await repo.findCustomer(trx, tenantId, input.customerId))) throw invalidFields({ customerId: message('validation.chooseCustomer') });
    await checkLocation(trx, tenantId, input.customerId, input.locationId);
    const { rows, totals } = await priceLines(trx, tenantId, input.lines);
    const stamp = isoNow(ctx.now());
    await repo.insertQuote(trx, {
      id,
      tenant_id: tenantId,
      customer_id: input.customerId,
      location_id: input.locationId,
      number: null,
      status: 'draft',
      title: input.title,
      terms: input.terms,
      valid_until: input.validUntil,
      currency: tenant.currency,
      ...totalsOf(totals),
      sent_at: null,
      accepted_at: null,
      accepted_name: null,
      accepted_ip: null,
      accepted_user_agent: null,
      accepted_by_portal_user_id: null,
      declined_at: null,
      decline_reason: null,
      account_service_id: null,
      first_invoice_id: null,
      created_by_staff_id: actor.userId,
      created_at: stamp,
      updated_at: stamp,
    });
    await repo.replaceLines(trx, tenantId, id, rows);
  });
  return officeQuote(ctx, tenant, id);
}

export async function updateDraft(ctx: AppContext, tenant: Tenant, id: string, input: QuoteUpdate): Promise<Quote> {
  const tenantId = tenantIdOf(tenant);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await findRow(trx, tenantId, id);
    if (row.status !== 'draft') throw conflict('notDraft');
    checkValidUntil(input.validUntil, companyToday(ctx, tenant));
    await checkLocation(trx, tenantId, row.customer_id, input.locationId);
    // A draft keeps the tax rates it was written with, even one switched off since.
    const kept = new Set((await repo.quoteLines(trx, tenantId, id)).flatMap((line) => (line.tax_rate_id ? [line.tax_rate_id] : [])));
    const { rows, totals } = await priceLines(trx, tenantId, input.lines, kept);
    const values = { location_id: input.locationId, title: input.title, terms: input.terms, valid_until: input.validUntil, ...totalsOf(totals), updated_at: isoNow(ctx.now()) };
    if (!(await repo.updateQuoteIf(trx, tenantId, id, ['draft'], values))) throw conflict('notDraft');
    await repo.replaceLines(trx, tenantId, id, rows);
  });
  return officeQuote(ctx, tenant, id);
}

export async function deleteDraft(ctx: AppContext, tenant: Tenant, id: string): Promise<void> {
  const tenantId = tenantIdOf(tenant);
  await findRow(ctx.db, tenantId, id);
  if (!(await repo.deleteDraft(ctx.db, tenantId, id))) throw conflict('notDraft');
}

/** Numbers the draft (Q-2026-0001), sends it, and emails each billing contact a link to it. */
export async function sendQuote(ctx: AppContext, tenant: Tenant, id: string): Promise<Quote> {
  const tenantId = tenantIdOf(tenant);
  const now = ctx.now();
  const today = companyToday(ctx, tenant);
  const row = await ctx.db.transaction().execute(async (trx) => {
    const row = await findRow(trx, tenantId, id);
    if (row.status !== 'draft') throw conflict('notDraft');
    checkValidUntil(row.valid_until, today);
    const number = await nextReference(trx, tenantId, 'Q', now);
    if (!(await repo.updateQuoteIf(trx, tenantId, id, ['draft'], { status: 'sent', number, sent_at: isoNow(now), updated_at: isoNow(now) }))) throw conflict('notDraft');
    const sent = { ...row, status: 'sent' as const, number };
    await emailContacts(trx, ctx, tenant, sent);
    return sent;
  });
  ctx.wakeMailWorker();
  publish(ctx, row);
  return officeQuote(ctx, tenant, id);
}

async function emailContacts(db: Executor, ctx: AppContext, tenant: Tenant, quote: repo.QuoteRow & { number: string }): Promise<void> {
  const link = `${ctx.config.publicUrl}/portal/${tenant.slug}/billing/quotes/${quote.id}`;
  for (const person of await repo.billingContacts(db, tenantIdOf(tenant), quote.customer_id)) {
    const language = addresseeLanguage(person, tenant);
    const t = translator(language);
    const names = { ns: 'emails' as const, company: tenant.display_name, number: quote.number, title: quote.title, total: formatMoney(quote.total, quote.currency, language), validUntil: quote.valid_until };
    await enqueueEmail(
      db,
      {
        tenantId: tenant.id,
        to: person.email,
        subject: t('quote.subject', names),
        text: [t('greeting', { ns: 'emails', name: person.name }), '', t('quote.sent', names), '', t('quote.validUntil', names), '', t('quote.seeIt', { ...names, link }), '', tenant.display_name].join('\n'),
      },
      ctx.smtpConfigured,
      ctx.now(),
    );
  }
}

/**
 * An accepted quote becomes a scheduled service at its location and a draft first invoice with
 * the quote's lines, once. The service is priced at the quote's total before tax (subtotal less
 * discounts): tax is added on the visits' invoices, as the company's rates then say.
 */
export async function scheduleQuote(ctx: AppContext, tenant: Tenant, actor: StaffActor, id: string, input: z.output<typeof scheduleQuoteSchema>, services: ServiceMaker): Promise<{ quote: Quote; accountServiceId: string; firstInvoiceId: string }> {
  const tenantId = tenantIdOf(tenant);
  const row = await findRow(ctx.db, tenantId, id);
  if (row.status !== 'accepted') throw conflict('notAccepted');
  if (row.account_service_id || row.first_invoice_id) throw conflict('scheduled');
  const service = await services.add(ctx, actor, row.customer_id, {
    locationId: row.location_id,
    serviceId: null,
    name: row.title.slice(0, 120),
    frequency: input.frequency,
    startDate: input.startDate,
    startTime: input.startTime,
    durationMinutes: input.durationMinutes,
    price: row.subtotal - row.discount_total,
    rateModifications: [],
    teamIds: [],
    notes: undefined,
    endsOn: null,
  });
  const invoiceId = newId();
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const lines = await repo.quoteLines(trx, tenantId, id);
      const stamp = isoNow(ctx.now());
      await repo.insertDraftInvoice(
        trx,
        { id: invoiceId, tenant_id: tenantId, customer_id: row.customer_id, currency: row.currency, subtotal: row.subtotal, discount_total: row.discount_total, tax_total: row.tax_total, total: row.total, notes: null, created_by_staff_id: actor.userId, created_at: stamp },
        lines.map(({ quote_id: _quote, ...line }) => ({ ...line, id: newId() })),
      );
      const claimed = await repo.updateQuoteIf(trx, tenantId, id, ['accepted'], { account_service_id: service.id, first_invoice_id: invoiceId, updated_at: stamp }, { unconverted: true });
      if (!claimed) throw conflict('scheduled');
    });
  } catch (error) {
    await services.remove(ctx, actor, service.id);
    throw error;
  }
  await services.schedule(ctx, actor, service.id);
  publish(ctx, row);
  return { quote: await officeQuote(ctx, tenant, id), accountServiceId: service.id, firstInvoiceId: invoiceId };
}

// ── The portal ──────────────────────────────────────────────────────────────────────────

/** A quote a billing contact of its customer may see: sent or answered, never a draft; else 404. */
async function portalRow(db: Executor, actor: PortalActor, id: string): Promise<repo.QuoteRow> {
  const customerIds = await repo.billingCustomerIds(db, actor.tenantId, actor.userId);
  return findRow(db, actor.tenantId, id, { customerIds, statuses: ['sent', 'accepted', 'declined'] });
}

function toPortalQuote(quote: Quote, tenant: Tenant): PortalQuote {
  const { acceptance, accountServiceId: _service, firstInvoiceId: _invoice, ...rest } = quote;
  return { ...rest, acceptance: acceptance ? { name: acceptance.name, at: acceptance.at } : null, company: tenant.display_name };
}

/**
 * A page of the quotes of the customers someone is a billing contact of, newest first. The cursor
 * is signed for that person's list, so one carried to another person or company is refused.
 */
export async function portalQuotes(ctx: AppContext, tenant: Tenant, actor: PortalActor, query: PortalQuoteListQuery): Promise<PortalQuoteList> {
  const customerIds = await repo.billingCustomerIds(ctx.db, actor.tenantId, actor.userId);
  // Billing does not exist for someone who is no customer's billing contact.
  if (customerIds.length === 0) throw notFound('quote');
  const today = companyToday(ctx, tenant);
  const scope = `portal-quotes:${actor.tenantId}:${actor.userId}`;
  const page = await readKeysetPage(ctx.config.sessionSecret, scope, query, (keyset) => repo.quotes(ctx.db, actor.tenantId, { customerIds, statuses: ['sent', 'accepted', 'declined'] }, keyset), (row) => ({ at: row.created_at, id: row.id }));
  return { items: page.items.map((row) => toSummary(row, today)), nextCursor: page.nextCursor };
}

/** Sent quotes still open to accept, for the home page's first call to action. */
export async function pendingQuotes(ctx: AppContext, tenant: Tenant, actor: PortalActor): Promise<PendingQuotes> {
  const customerIds = await repo.billingCustomerIds(ctx.db, actor.tenantId, actor.userId);
  if (customerIds.length === 0) return { items: [] };
  const rows = await repo.quotes(ctx.db, actor.tenantId, { customerIds, statuses: ['sent'], validFrom: companyToday(ctx, tenant) }, { limit: 20, offset: 0 });
  return { items: rows.map((row) => ({ id: row.id, title: row.title, number: row.number, validUntil: row.valid_until, locationId: row.location_id })) };
}

export async function portalQuote(ctx: AppContext, tenant: Tenant, actor: PortalActor, id: string): Promise<PortalQuote> {
  const row = await portalRow(ctx.db, actor, id);
  return toPortalQuote(await describe(ctx.db, actor.tenantId, row, companyToday(ctx, tenant)), tenant);
}

/** Why a quote cannot be answered now, or nothing. */
function checkOpen(row: repo.QuoteRow, today: string): void {
  if (row.status !== 'sent') throw conflict('answered');
  if (row.valid_until < today) throw conflict('expired');
}

export async function acceptQuote(
  ctx: AppContext,
  tenant: Tenant,
  actor: PortalActor,
  id: string,
  input: z.output<typeof acceptQuoteSchema>,
  from: { ip: string | null; userAgent: string | null },
): Promise<PortalQuote> {
  const row = await ctx.db.transaction().execute(async (trx) => {
    const row = await portalRow(trx, actor, id);
    checkOpen(row, companyToday(ctx, tenant));
    const at = isoNow(ctx.now());
    const values = { status: 'accepted' as const, accepted_at: at, accepted_name: input.name, accepted_ip: from.ip, accepted_user_agent: from.userAgent?.slice(0, 500) ?? null, accepted_by_portal_user_id: actor.userId, updated_at: at };
    if (!(await repo.updateQuoteIf(trx, actor.tenantId, id, ['sent'], values))) throw conflict('answered');
    return row;
  });
  publish(ctx, row);
  return portalQuote(ctx, tenant, actor, id);
}

export async function declineQuote(ctx: AppContext, tenant: Tenant, actor: PortalActor, id: string, input: z.output<typeof declineQuoteSchema>): Promise<PortalQuote> {
  const row = await ctx.db.transaction().execute(async (trx) => {
    const row = await portalRow(trx, actor, id);
    checkOpen(row, companyToday(ctx, tenant));
    const at = isoNow(ctx.now());
    if (!(await repo.updateQuoteIf(trx, actor.tenantId, id, ['sent'], { status: 'declined', declined_at: at, decline_reason: input.reason, updated_at: at }))) throw conflict('answered');
    return row;
  });
  publish(ctx, row);
  return portalQuote(ctx, tenant, actor, id);
}
