import type { ChargeResults, InvoicesToCharge } from '../../../shared/features/billing/payments.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { unscoped } from '../../db/tenant-scope.ts';
import { AppError } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import * as ledger from './ledger.ts';
import { payInvoices, type GatewayFor, type Payer } from './payments.service.ts';
import * as repo from './payments.repository.ts';

/**
 * Autopay: a customer enrolled in autopay has agreed to be charged, but the charge is the office's
 * act — from the Invoices to charge list, in bulk — unless the company switched on charging on send,
 * when the periodic job below charges each such invoice once, as soon as it is sent.
 */

/**
 * Invoices to charge is a work queue, not a history: charging empties it, and it holds only the
 * sent, unpaid invoices of customers on autopay, soonest due first. A thousand is more than a month
 * of weekly invoices for two hundred such customers; the rest show once those are charged.
 */
const maxInvoicesToCharge = 1000;

/** Sent invoices of customers on autopay (the list joins each one's default card; charging does not, so a customer without one is skipped with the reason). */
function autopayInvoices(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('invoices as i')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'i.customer_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .select(['i.id', 'i.number', 'i.customer_id', 'c.name as customer_name', 'i.due_date', 'i.total', 'i.tip'])
    .where('i.tenant_id', '=', tenantId)
    .where('i.kind', '=', 'invoice')
    .where('i.status', 'in', ['sent', 'partly_paid'])
    .where('c.autopay_since', 'is not', null)
    .orderBy('i.due_date')
    .orderBy('i.number')
    .limit(maxInvoicesToCharge);
}

export async function invoicesToCharge(db: Executor, tenant: Tenant): Promise<InvoicesToCharge> {
  const tenantId = tenantIdOf(tenant);
  const rows = await autopayInvoices(db, tenantId)
    .innerJoin('cards as k', (join) => join.onRef('k.customer_id', '=', 'c.id').onRef('k.tenant_id', '=', 'c.tenant_id').on('k.is_default', '=', true).on('k.removed_at', 'is', null))
    .select(['k.brand', 'k.last4'])
    .execute();
  const ids = rows.map((row) => row.id);
  const [paid, inFlight, failures] = await Promise.all([ledger.paidTowards(db, tenantId, ids), repo.invoicesInFlight(db, tenantId, ids), lastFailures(db, tenantId, ids)]);
  const items = rows
    .filter((row) => !inFlight.has(row.id))
    .map((row) => ({
      id: row.id,
      number: row.number,
      customerId: row.customer_id,
      customerName: row.customer_name,
      dueDate: row.due_date,
      due: row.total - (paid.get(row.id) ?? 0),
      tip: row.tip,
      card: { brand: row.brand, last4: row.last4 },
      lastFailure: failures.get(row.id) ?? null,
    }))
    .filter((item) => item.due > 0);
  return { currency: tenant.currency, items, total: items.reduce((sum, item) => sum + item.due + item.tip, 0) };
}

/** The gateway's reason for each invoice's latest declined charge, if its latest attempt failed. */
async function lastFailures(db: Executor, tenantId: TenantId, invoiceIds: readonly string[]): Promise<Map<string, string>> {
  if (invoiceIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('payment_attempt_invoices as p')
    .innerJoin('payment_attempts as a', (join) => join.onRef('a.id', '=', 'p.payment_attempt_id').onRef('a.tenant_id', '=', 'p.tenant_id'))
    .select(['p.invoice_id', 'a.status', 'a.failure_code', 'a.created_at'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.invoice_id', 'in', invoiceIds)
    .orderBy('a.created_at')
    .execute();
  const latest = new Map<string, { status: string; failure_code: string | null }>();
  for (const row of rows) latest.set(row.invoice_id, row);
  return new Map([...latest].flatMap(([id, row]) => (row.status === 'failed' ? [[id, row.failure_code ?? 'declined'] as const] : [])));
}

/**
 * Charges the chosen invoices, one charge per customer (the invoices' amounts due and tips, from the
 * default card). A customer that cannot be charged now is skipped with the reason; the others go on.
 */
export async function chargeInvoices(ctx: AppContext, gatewayFor: GatewayFor, tenant: Tenant, payer: Payer, invoiceIds: readonly string[]): Promise<ChargeResults> {
  const chosen = new Set(invoiceIds);
  const rows = (await autopayInvoices(ctx.db, tenantIdOf(tenant)).execute()).filter((row) => chosen.has(row.id));
  const byCustomer = new Map<string, typeof rows>();
  for (const row of rows) byCustomer.set(row.customer_id, [...(byCustomer.get(row.customer_id) ?? []), row]);
  const items: ChargeResults['items'] = [];
  for (const [customerId, invoices] of byCustomer) {
    const customerName = invoices[0]!.customer_name;
    try {
      const tips = Object.fromEntries(invoices.filter((i) => i.tip > 0).map((i) => [i.id, i.tip]));
      const payment = await payInvoices(ctx, gatewayFor, tenant, customerId, payer, { invoiceIds: invoices.map((i) => i.id), tips, cardId: null, idempotencyKey: newId() });
      items.push({ customerId, customerName, payment, skipped: null });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      items.push({ customerId, customerName, payment: null, skipped: error.message });
    }
  }
  return { items };
}

/**
 * Charging on send: each sent invoice of a customer on autopay, in a company that switched it on,
 * charged once. The key is the invoice's own, so a run repeated on another instance, or after a
 * crash, reaches the same charge at the gateway; an invoice that ever had an attempt is left to the office.
 */
export async function chargeOnSend(ctx: AppContext, gatewayFor: GatewayFor): Promise<number> {
  const rows = await unscoped(ctx.db, 'charging autopay invoices on send in every company that chose it')
    .selectFrom('invoices as i')
    .innerJoin('tenants as t', 't.id', 'i.tenant_id')
    .innerJoin('customers as c', (join) => join.onRef('c.id', '=', 'i.customer_id').onRef('c.tenant_id', '=', 'i.tenant_id'))
    .select(['i.id', 'i.tenant_id', 'i.customer_id', 'i.tip'])
    .where('t.autopay_charge_on_send', '=', true)
    .where('i.kind', '=', 'invoice')
    .where('i.status', '=', 'sent')
    .where('c.autopay_since', 'is not', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('payment_attempt_invoices as p').select('p.invoice_id').whereRef('p.invoice_id', '=', 'i.id').whereRef('p.tenant_id', '=', 'i.tenant_id'))))
    .limit(200)
    .execute();
  let charged = 0;
  for (const row of rows) {
    const tenant = await findTenantById(ctx.db, row.tenant_id);
    if (!tenant) continue;
    try {
      const tips = row.tip > 0 ? { [row.id]: row.tip } : {};
      await payInvoices(ctx, gatewayFor, tenant, row.customer_id, { kind: 'autopay' }, { invoiceIds: [row.id], tips, cardId: null, idempotencyKey: `autopay-${row.id}` });
      charged += 1;
    } catch (error) {
      // No card any more, or already being paid: the office sees it in Invoices to charge.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return charged;
}
