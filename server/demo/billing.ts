import { documentTotals, lineFigures } from '../../shared/features/billing/document-math.ts';
import type { Executor } from '../db/database.ts';
import type { InvoiceStatus } from '../db/schema.ts';
import { newId } from '../lib/ids.ts';
import { days, isoNow, localDateOf } from '../lib/time.ts';

/**
 * The demo company's billing: a tax rate for its customers across the river in Washington (Oregon
 * has no sales tax), invoices in every state with the payments that settled them, cards on file
 * with the test gateway, a prepayment held as credit, an autopay customer with an invoice to
 * charge, and quotes — one waiting for the customer's agreement, one accepted.
 */

const zone = 'America/Los_Angeles';

type Line = { description: string; quantity: number; unitPrice: number; discount?: number; visitId?: string; taxRateId?: string | null; taxRate?: number; taxName?: string | null };

interface Counter {
  next(prefix: 'INV' | 'CN' | 'Q', year: number): string;
  save(trx: Executor): Promise<void>;
}

/** Numbers in sending order, saved into the company's counters at the end so new ones follow on. */
function counter(tenantId: string): Counter {
  const last = new Map<string, number>();
  return {
    next(prefix, year) {
      const key = `${prefix}|${year}`;
      const n = (last.get(key) ?? 0) + 1;
      last.set(key, n);
      return `${prefix}-${year}-${String(n).padStart(4, '0')}`;
    },
    async save(trx) {
      for (const [key, n] of last) {
        const [prefix, year] = key.split('|') as [string, string];
        await trx.insertInto('reference_counters').values({ tenant_id: tenantId, prefix, year: Number(year), last_number: n }).execute();
      }
    },
  };
}

function linesOf(lines: Line[]) {
  return lines.map((line, position) => {
    const figures = lineFigures({ quantity: line.quantity, unitPrice: line.unitPrice, discount: line.discount ?? 0, taxRate: line.taxRate ?? 0 });
    return {
      id: newId(),
      position,
      description: line.description,
      quantity: line.quantity,
      unit_price: line.unitPrice,
      discount: line.discount ?? 0,
      tax_rate_id: line.taxRateId ?? null,
      tax_rate: line.taxRate ?? 0,
      tax_name: line.taxName ?? null,
      net: figures.net,
      tax: figures.tax,
    };
  });
}

function totalsOf(lines: Line[]) {
  const totals = documentTotals(lines.map((line) => ({ quantity: line.quantity, unitPrice: line.unitPrice, discount: line.discount ?? 0, taxRate: line.taxRate ?? 0 })));
  return { subtotal: totals.subtotal, discount_total: totals.discountTotal, tax_total: totals.taxTotal, total: totals.total };
}

const dayOffset = (n: number) => localDateOf(new Date(Date.now() + days(n)), zone);
const stampOffset = (n: number) => isoNow(new Date(Date.now() + days(n)));

type InvoiceSeed = { customerId: string; status: InvoiceStatus; issuedDaysAgo: number | null; dueDays: number; lines: Line[]; tip?: number; notes?: string; periodStart?: string; periodEnd?: string };

async function insertInvoice(trx: Executor, tenantId: string, numbers: Counter, staffId: string, seed: InvoiceSeed): Promise<{ id: string; total: number }> {
  const id = newId();
  const issued = seed.issuedDaysAgo === null ? null : -seed.issuedDaysAgo;
  const totals = totalsOf(seed.lines);
  const created = stampOffset(issued ?? -1);
  await trx
    .insertInto('invoices')
    .values({
      id,
      tenant_id: tenantId,
      customer_id: seed.customerId,
      kind: 'invoice',
      number: issued === null ? null : numbers.next('INV', Number(dayOffset(issued).slice(0, 4))),
      status: seed.status,
      corrects_invoice_id: null,
      issue_date: issued === null ? null : dayOffset(issued),
      due_date: issued === null ? null : dayOffset(issued + seed.dueDays),
      period_start: seed.periodStart ?? null,
      period_end: seed.periodEnd ?? null,
      currency: 'USD',
      ...totals,
      tip: seed.tip ?? 0,
      notes: seed.notes ?? null,
      sent_at: issued === null ? null : created,
      voided_at: null,
      void_reason: null,
      created_by_staff_id: staffId,
      created_at: created,
      updated_at: created,
    })
    .execute();
  await trx.insertInto('invoice_lines').values(linesOf(seed.lines).map((line, i) => ({ ...line, tenant_id: tenantId, invoice_id: id, visit_id: seed.lines[i]!.visitId ?? null }))).execute();
  const visitIds = seed.lines.flatMap((line) => (line.visitId ? [line.visitId] : []));
  if (visitIds.length > 0) await trx.updateTable('visits').set({ invoice_id: id }).where('tenant_id', '=', tenantId).where('id', 'in', visitIds).execute();
  return { id, total: totals.total };
}

/** A card saved with the test gateway: its record there, and Porter's token for it. */
async function insertTestCard(trx: Executor, tenantId: string, customerId: string, card: { brand: string; last4: string; expMonth: number; expYear: number; isDefault: boolean }): Promise<string> {
  const gatewayCustomerId = `tcus_${newId()}`;
  const existing = await trx.selectFrom('customers').select('gateway_customer_id').where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirstOrThrow();
  const owner = existing.gateway_customer_id ?? gatewayCustomerId;
  if (!existing.gateway_customer_id) await trx.updateTable('customers').set({ gateway_customer_id: owner }).where('tenant_id', '=', tenantId).where('id', '=', customerId).execute();
  const token = `tpm_${newId()}`;
  const created = stampOffset(-60);
  await trx
    .insertInto('test_gateway_objects')
    .values({ id: token, tenant_id: tenantId, kind: 'payment_method', status: 'active', idempotency_key: null, data: JSON.stringify({ gatewayCustomerId: owner, brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear, behaviour: 'succeeds' }), created_at: created })
    .execute();
  const id = newId();
  await trx
    .insertInto('cards')
    .values({ id, tenant_id: tenantId, customer_id: customerId, gateway: 'test', token, brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear, is_default: card.isDefault, added_by_portal_user_id: null, created_at: created, removed_at: null })
    .execute();
  return id;
}

/** A card charge that went through: the attempt (already settled) whose id the ledger entries carry. */
async function settledAttempt(trx: Executor, tenantId: string, customerId: string, cardId: string, amount: number, tip: number, daysAgo: number, portalUserId: string | null): Promise<string> {
  const id = newId();
  const at = stampOffset(-daysAgo);
  await trx
    .insertInto('payment_attempts')
    .values({ id, tenant_id: tenantId, customer_id: customerId, idempotency_key: `demo-${id}`, gateway: 'test', card_id: cardId, amount: amount + tip, tip, currency: 'USD', purpose: 'invoices', status: 'succeeded', gateway_payment_id: `tpi_${id}`, next_action_url: null, failure_code: null, source: portalUserId ? 'portal' : 'autopay', portal_user_id: portalUserId, staff_user_id: null, created_at: at, updated_at: at, settled_at: at })
    .execute();
  return id;
}

export interface BillingAccounts {
  tenantId: string;
  staffId: string;
  clinic: { customerId: string; locationId: string; portalUserId: string };
  home: { customerId: string; locationId: string; portalUserId: string };
  /** A commercial customer on autopay, with an invoice waiting to be charged. */
  autopay: { customerId: string; locationId: string };
}

export async function seedBilling(trx: Executor, accounts: BillingAccounts): Promise<void> {
  const { tenantId, staffId } = accounts;
  const numbers = counter(tenantId);
  await trx.updateTable('tenants').set({ allow_prepayments: true, invoice_due_days: 14 }).where('id', '=', tenantId).execute();
  const created = stampOffset(-90);
  const washington = { taxRateId: newId(), taxRate: 870, taxName: 'Vancouver, WA sales tax' };
  await trx.insertInto('tax_rates').values({ id: washington.taxRateId, tenant_id: tenantId, name: washington.taxName, rate: washington.taxRate, active: true, created_at: created }).execute();

  await seedHomeBilling(trx, accounts, numbers);
  await seedClinicBilling(trx, accounts, numbers);

  // An autopay customer across the river: a sent invoice the office charges from Invoices to charge.
  const autopayCard = await insertTestCard(trx, tenantId, accounts.autopay.customerId, { brand: 'mastercard', last4: '4444', expMonth: 8, expYear: 2029, isDefault: true });
  await trx.updateTable('customers').set({ autopay_since: stampOffset(-40) }).where('tenant_id', '=', tenantId).where('id', '=', accounts.autopay.customerId).execute();
  await trx.updateTable('visits').set({ autopay: true }).where('tenant_id', '=', tenantId).where('customer_id', '=', accounts.autopay.customerId).where('status', '=', 'scheduled').execute();
  const earlier = await insertInvoice(trx, tenantId, numbers, staffId, { customerId: accounts.autopay.customerId, status: 'paid', issuedDaysAgo: 33, dueDays: 14, lines: [{ description: 'Janitorial service — October', quantity: 400, unitPrice: 9_000, ...washington }] });
  const attempt = await settledAttempt(trx, tenantId, accounts.autopay.customerId, autopayCard, earlier.total, 0, 32, null);
  await trx.insertInto('ledger_entries').values({ id: newId(), tenant_id: tenantId, customer_id: accounts.autopay.customerId, kind: 'charge', amount: earlier.total, currency: 'USD', invoice_id: earlier.id, payment_attempt_id: attempt, method: 'card', reference: null, note: null, staff_user_id: null, portal_user_id: null, created_at: stampOffset(-32) }).execute();
  await trx.insertInto('payment_attempt_invoices').values({ tenant_id: tenantId, payment_attempt_id: attempt, invoice_id: earlier.id, amount: earlier.total, tip: 0 }).execute();
  await insertInvoice(trx, tenantId, numbers, staffId, { customerId: accounts.autopay.customerId, status: 'sent', issuedDaysAgo: 2, dueDays: 14, lines: [{ description: 'Janitorial service — November', quantity: 400, unitPrice: 9_000, ...washington }] });

  await seedQuotes(trx, accounts, numbers);
  await numbers.save(trx);
}

/** The home: a card on file, a $10 tip on each new invoice, older visits paid, one overdue, one open, and credit from a prepayment. */
async function seedHomeBilling(trx: Executor, accounts: BillingAccounts, numbers: Counter): Promise<void> {
  const { tenantId, staffId, home } = accounts;
  const card = await insertTestCard(trx, tenantId, home.customerId, { brand: 'visa', last4: '4242', expMonth: 11, expYear: 2028, isDefault: true });
  await trx.updateTable('customers').set({ default_tip: 1_000 }).where('tenant_id', '=', tenantId).where('id', '=', home.customerId).execute();
  const visits = await trx
    .selectFrom('visits')
    .select(['id', 'name', 'starts_at', 'price'])
    .where('tenant_id', '=', tenantId)
    .where('location_id', '=', home.locationId)
    .where('status', '=', 'completed')
    .orderBy('starts_at')
    .execute();
  // The latest completed visit is left uninvoiced: the office's next run of Invoice completed visits bills it.
  const billed = visits.slice(0, -1);
  for (const [i, visit] of billed.entries()) {
    const visitDay = Math.round((Date.parse(visit.starts_at) - Date.now()) / days(1));
    const issuedDaysAgo = Math.max(0, -visitDay - 1);
    const line: Line = { description: `${visit.name} — ${localDateOf(new Date(visit.starts_at), zone)}`, quantity: 100, unitPrice: visit.price, visitId: visit.id };
    const last = i === billed.length - 1;
    const overdue = i === billed.length - 2;
    if (last || overdue) {
      await insertInvoice(trx, tenantId, numbers, staffId, { customerId: home.customerId, status: 'sent', issuedDaysAgo: overdue ? Math.max(issuedDaysAgo, 16) : issuedDaysAgo, dueDays: 14, lines: [line], tip: 1_000 });
      continue;
    }
    const paidDaysAgo = Math.max(0, issuedDaysAgo - 2);
    const invoice = await insertInvoice(trx, tenantId, numbers, staffId, { customerId: home.customerId, status: 'paid', issuedDaysAgo, dueDays: 14, lines: [line], tip: 1_000 });
    const attempt = await settledAttempt(trx, tenantId, home.customerId, card, invoice.total, 1_000, paidDaysAgo, home.portalUserId);
    await trx.insertInto('payment_attempt_invoices').values({ tenant_id: tenantId, payment_attempt_id: attempt, invoice_id: invoice.id, amount: invoice.total, tip: 1_000 }).execute();
    const entry = { tenant_id: tenantId, customer_id: home.customerId, currency: 'USD', invoice_id: invoice.id, payment_attempt_id: attempt, method: 'card' as const, reference: null, note: null, staff_user_id: null, portal_user_id: home.portalUserId, created_at: stampOffset(-paidDaysAgo) };
    await trx.insertInto('ledger_entries').values([{ ...entry, id: newId(), kind: 'charge', amount: invoice.total }, { ...entry, id: newId(), kind: 'tip', amount: 1_000 }]).execute();
  }
  // Paid ahead for the holidays: held as credit until the office applies it.
  await trx
    .insertInto('ledger_entries')
    .values({ id: newId(), tenant_id: tenantId, customer_id: home.customerId, kind: 'prepayment', amount: 5_000, currency: 'USD', invoice_id: null, payment_attempt_id: null, method: 'bank_transfer', reference: 'Transfer 20931', note: 'Towards the holiday deep clean', staff_user_id: staffId, portal_user_id: null, created_at: stampOffset(-5) })
    .execute();
}

/** The clinics: a month's invoice per month, October paid by bank transfer, November part paid by cheque and overdue. */
async function seedClinicBilling(trx: Executor, accounts: BillingAccounts, numbers: Counter): Promise<void> {
  const { tenantId, staffId, clinic } = accounts;
  const month = (name: string, start: string, end: string, nights: number, weekends: number): Omit<InvoiceSeed, 'status' | 'issuedDaysAgo'> => ({
    customerId: clinic.customerId,
    dueDays: 30,
    periodStart: start,
    periodEnd: end,
    notes: 'Thank you for your business. Net 30.',
    lines: [
      { description: `Nightly janitorial, Main Clinic — ${name}`, quantity: nights * 100, unitPrice: 26_400 },
      { description: `Weekend deep clean, East Clinic — ${name}`, quantity: weekends * 100, unitPrice: 32_000 },
      { description: 'Floor strip and wax, Main Clinic', quantity: 100, unitPrice: 45_000, discount: 4_500 },
    ],
  });
  const october = await insertInvoice(trx, tenantId, numbers, staffId, { ...month('October', dayOffset(-63), dayOffset(-33), 22, 4), status: 'paid', issuedDaysAgo: 32 });
  await trx
    .insertInto('ledger_entries')
    .values({ id: newId(), tenant_id: tenantId, customer_id: clinic.customerId, kind: 'manual_payment', amount: october.total, currency: 'USD', invoice_id: october.id, payment_attempt_id: null, method: 'bank_transfer', reference: 'ACH 778120', note: null, staff_user_id: staffId, portal_user_id: null, created_at: stampOffset(-6) })
    .execute();
  const november = await insertInvoice(trx, tenantId, numbers, staffId, { ...month('November', dayOffset(-32), dayOffset(-2), 20, 5), status: 'partly_paid', issuedDaysAgo: 31 });
  await trx
    .insertInto('ledger_entries')
    .values({ id: newId(), tenant_id: tenantId, customer_id: clinic.customerId, kind: 'manual_payment', amount: 300_000, currency: 'USD', invoice_id: november.id, payment_attempt_id: null, method: 'cheque', reference: 'Cheque 4471', note: 'Part payment; the rest promised by the 15th.', staff_user_id: staffId, portal_user_id: null, created_at: stampOffset(-1) })
    .execute();
  // A draft the office has not sent: the customer never sees it.
  await insertInvoice(trx, tenantId, numbers, staffId, { customerId: clinic.customerId, status: 'draft', issuedDaysAgo: null, dueDays: 30, lines: [{ description: 'Emergency spill clean-up, East Clinic', quantity: 150, unitPrice: 8_500 }] });
}

async function seedQuotes(trx: Executor, accounts: BillingAccounts, numbers: Counter): Promise<void> {
  const { tenantId, staffId, clinic, home } = accounts;
  const terms = [
    'Prices include labour, equipment and supplies. Work is scheduled within 14 days of acceptance.',
    'Either party may end a recurring service with 30 days’ written notice.',
    'Invoices are due within 14 days. We carry general liability insurance of $2,000,000.',
  ].join('\n\n');
  const quote = async (values: { customerId: string; locationId: string; title: string; lines: Line[]; status: 'sent' | 'accepted'; sentDaysAgo: number; validDays: number; acceptedBy?: { name: string; portalUserId: string; daysAgo: number } }) => {
    const id = newId();
    const sent = stampOffset(-values.sentDaysAgo);
    const accepted = values.acceptedBy ? stampOffset(-values.acceptedBy.daysAgo) : null;
    await trx
      .insertInto('quotes')
      .values({
        id,
        tenant_id: tenantId,
        customer_id: values.customerId,
        location_id: values.locationId,
        number: numbers.next('Q', Number(dayOffset(-values.sentDaysAgo).slice(0, 4))),
        status: values.status,
        title: values.title,
        terms,
        valid_until: dayOffset(-values.sentDaysAgo + values.validDays),
        currency: 'USD',
        ...totalsOf(values.lines),
        sent_at: sent,
        accepted_at: accepted,
        accepted_name: values.acceptedBy?.name ?? null,
        accepted_ip: values.acceptedBy ? '203.0.113.24' : null,
        accepted_user_agent: values.acceptedBy ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)' : null,
        accepted_by_portal_user_id: values.acceptedBy?.portalUserId ?? null,
        declined_at: null,
        decline_reason: null,
        account_service_id: null,
        first_invoice_id: null,
        created_by_staff_id: staffId,
        created_at: sent,
        updated_at: accepted ?? sent,
      })
      .execute();
    await trx.insertInto('quote_lines').values(linesOf(values.lines).map((line) => ({ ...line, tenant_id: tenantId, quote_id: id }))).execute();
  };
  await quote({
    customerId: home.customerId,
    locationId: home.locationId,
    title: 'Holiday deep clean',
    status: 'sent',
    sentDaysAgo: 3,
    validDays: 30,
    lines: [
      { description: 'Deep clean, whole house (two cleaners, about 6 hours)', quantity: 100, unitPrice: 42_000 },
      { description: 'Inside the oven and fridge', quantity: 100, unitPrice: 6_500 },
      { description: 'Interior windows', quantity: 100, unitPrice: 4_500, discount: 1_000 },
    ],
  });
  await quote({
    customerId: clinic.customerId,
    locationId: clinic.locationId,
    title: 'Quarterly carpet extraction, Main Clinic',
    status: 'accepted',
    sentDaysAgo: 20,
    validDays: 30,
    acceptedBy: { name: 'Carla Customer', portalUserId: clinic.portalUserId, daysAgo: 17 },
    lines: [
      { description: 'Hot-water carpet extraction, waiting room and offices (1,800 sq ft)', quantity: 180_000, unitPrice: 45 },
      { description: 'Spot treatment and deodoriser', quantity: 100, unitPrice: 6_000 },
    ],
  });
}
