import type { z } from 'zod';
import { maxInvoicesPerPayment, preselected, type Payment, type PayPage, type payInvoicesSchema, type prepaySchema } from '../../../shared/features/billing/payments.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { PaymentAttemptStatus, Tenant } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import { AppError, invalidFields, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow, minutes } from '../../lib/time.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import type { ChargeResult, PaymentGateway } from './gateways/gateway.ts';
import * as ledger from './ledger.ts';
import * as repo from './payments.repository.ts';

/**
 * Charging cards, done as a payment system must be:
 *
 * 1. The attempt — what is charged, to which card, for which invoices — is stored with a fresh
 *    idempotency key BEFORE the gateway is called. The payer's page makes the key once per payment
 *    it shows, so a double click or a retried request finds the same attempt and charges nothing more.
 * 2. The gateway is called with that key. If its answer is lost (a timeout, a crash, a restart), the
 *    attempt stays pending; settling it later calls the gateway again with the same key, and the
 *    gateway answers with the first charge instead of making a second one.
 * 3. The answer is written in one transaction that moves the attempt from the status it was read in:
 *    of two settlers (the payer's request and a webhook) only one moves it, and only that one writes
 *    the ledger. The ledger therefore matches the gateway: one entry per charge, never two, never none.
 */

export type GatewayFor = (ctx: AppContext, tenant: Tenant) => PaymentGateway;

export type Payer = { kind: 'portal'; portalUserId: string } | { kind: 'office'; staffUserId: string } | { kind: 'autopay' };

type PayInput = z.output<typeof payInvoicesSchema>;
type PrepayInput = z.output<typeof prepaySchema>;

const statusOf: Record<ChargeResult['status'], PaymentAttemptStatus> = { succeeded: 'succeeded', failed: 'failed', requires_action: 'requires_action', processing: 'pending' };

// ── What the payer sees ─────────────────────────────────────────────────────────────────

export async function paymentView(db: Executor, tenantId: TenantId, attemptId: string): Promise<Payment> {
  const attempt = await repo.findAttempt(db, tenantId, attemptId);
  if (!attempt) throw notFound('payment');
  const allocations = await repo.allocationsOf(db, tenantId, [attempt.id]);
  return {
    id: attempt.id,
    status: attempt.status,
    amount: attempt.amount,
    tip: attempt.tip,
    currency: attempt.currency,
    purpose: attempt.purpose,
    card: { brand: attempt.brand, last4: attempt.last4 },
    nextActionUrl: attempt.status === 'requires_action' ? attempt.next_action_url : null,
    failureCode: attempt.failure_code,
    invoices: allocations.map((a) => ({ id: a.invoice_id, number: a.number, amount: a.amount, tip: a.tip })),
    createdAt: attempt.created_at,
  };
}

/** A payment of this customer, or 404: another customer's attempt looks like none. */
export async function customerPayment(db: Executor, tenantId: TenantId, customerId: string, attemptId: string): Promise<Payment> {
  const attempt = await repo.findAttempt(db, tenantId, attemptId);
  if (!attempt || attempt.customer_id !== customerId) throw notFound('payment');
  return paymentView(db, tenantId, attemptId);
}

// ── Starting a payment ──────────────────────────────────────────────────────────────────

async function chooseCard(db: Executor, tenantId: TenantId, customerId: string, cardId: string | null) {
  const cards = await repo.cardsOf(db, tenantId, customerId);
  if (cards.length === 0) throw new AppError('conflict', message('payments.noCard'));
  if (!cardId) return cards[0]!;
  const card = cards.find((c) => c.id === cardId);
  if (!card) throw notFound('card');
  return card;
}

/** Who made the attempt, as the attempt's columns record it. */
function payerColumns(payer: Payer) {
  return {
    source: payer.kind,
    portal_user_id: payer.kind === 'portal' ? payer.portalUserId : null,
    staff_user_id: payer.kind === 'office' ? payer.staffUserId : null,
  };
}

/**
 * Stores the attempt, or finds the one this key already made. Answers the attempt's id and whether
 * this call made it (only then is the gateway called from here).
 */
async function storeAttempt(ctx: AppContext, tenantId: TenantId, key: string, make: (trx: Executor) => Promise<string>): Promise<{ id: string; made: boolean }> {
  const existing = await repo.findAttemptByKey(ctx.db, tenantId, key);
  if (existing) return { id: existing.id, made: false };
  try {
    return { id: await ctx.db.transaction().execute(make), made: true };
  } catch (error) {
    // The same key arrived twice at once (a double click): the other request made it. Either the
    // insert hit the key's unique index, or (PostgreSQL) this one waited on the customer's lock and
    // then saw the other's attempt holding the invoices ("being paid"): both answer the other's attempt.
    if (!isUniqueViolation(error) && !(error instanceof AppError)) throw error;
    const other = await repo.findAttemptByKey(ctx.db, tenantId, key);
    if (!other) throw error;
    return { id: other.id, made: false };
  }
}

/**
 * Pays several of a customer's invoices in one charge: each one's whole amount due, plus the tip
 * given for it. Paying needs a card on file; an invoice already being paid cannot be paid again
 * until that payment is settled.
 */
export async function payInvoices(ctx: AppContext, gatewayFor: GatewayFor, tenant: Tenant, customerId: string, payer: Payer, input: PayInput): Promise<Payment> {
  const tenantId = tenantIdOf(tenant);
  const strayTips = Object.keys(input.tips).filter((id) => !input.invoiceIds.includes(id));
  if (strayTips.length > 0) throw invalidFields({ tips: message('payments.tipNotPaid') });
  const { id, made } = await storeAttempt(ctx, tenantId, input.idempotencyKey, async (trx) => {
    const customer = await repo.lockCustomer(trx, ctx.dbKind, tenantId, customerId);
    if (!customer) throw notFound('customer');
    const card = await chooseCard(trx, tenantId, customerId, input.cardId);
    const ids = [...new Set(input.invoiceIds)];
    const invoices = await repo.owedInvoices(trx, tenantId, customerId, { ids });
    if (invoices.length !== ids.length) throw notFound('invoice');
    const [paid, inFlight] = await Promise.all([ledger.paidTowards(trx, tenantId, ids), repo.invoicesInFlight(trx, tenantId, ids)]);
    if (inFlight.size > 0) throw new AppError('conflict', message('payments.inFlight'));
    const allocations = invoices.map((invoice) => ({ invoiceId: invoice.id, amount: invoice.total - (paid.get(invoice.id) ?? 0), tip: input.tips[invoice.id] ?? 0 }));
    if (allocations.some((a) => a.amount <= 0)) throw new AppError('conflict', message('payments.nothingOwed'));
    const tip = allocations.reduce((sum, a) => sum + a.tip, 0);
    const amount = allocations.reduce((sum, a) => sum + a.amount, 0) + tip;
    const attemptId = newId();
    const stamp = isoNow(ctx.now());
    await repo.insertAttempt(
      trx,
      tenantId,
      { id: attemptId, customer_id: customerId, idempotency_key: input.idempotencyKey, gateway: card.gateway, card_id: card.id, amount, tip, currency: tenant.currency, purpose: 'invoices', ...payerColumns(payer), created_at: stamp, updated_at: stamp },
      allocations,
    );
    return attemptId;
  });
  if (made) return chargeAndSettle(ctx, gatewayFor, tenant, id);
  return paymentView(ctx.db, tenantId, id);
}

/** A payment ahead of invoices, where the company allows it: it sits as credit until the office applies it. */
export async function prepay(ctx: AppContext, gatewayFor: GatewayFor, tenant: Tenant, customerId: string, payer: Payer, input: PrepayInput): Promise<Payment> {
  if (!tenant.allow_prepayments) throw new AppError('conflict', message('payments.prepaymentsOff'));
  const tenantId = tenantIdOf(tenant);
  const { id, made } = await storeAttempt(ctx, tenantId, input.idempotencyKey, async (trx) => {
    const customer = await repo.lockCustomer(trx, ctx.dbKind, tenantId, customerId);
    if (!customer) throw notFound('customer');
    const card = await chooseCard(trx, tenantId, customerId, input.cardId);
    const attemptId = newId();
    const stamp = isoNow(ctx.now());
    await repo.insertAttempt(
      trx,
      tenantId,
      { id: attemptId, customer_id: customerId, idempotency_key: input.idempotencyKey, gateway: card.gateway, card_id: card.id, amount: input.amount, tip: 0, currency: tenant.currency, purpose: 'prepayment', ...payerColumns(payer), created_at: stamp, updated_at: stamp },
      [],
    );
    return attemptId;
  });
  if (made) return chargeAndSettle(ctx, gatewayFor, tenant, id);
  return paymentView(ctx.db, tenantId, id);
}

// ── Asking the gateway and writing its answer ─────────────────────────────────────────────

/**
 * Charges the stored attempt with its own key. Called first from the request that made it, and
 * again for any attempt whose answer never arrived: the gateway answers a repeated key with the
 * first charge, so calling twice charges once.
 */
async function chargeAndSettle(ctx: AppContext, gatewayFor: GatewayFor, tenant: Tenant, attemptId: string): Promise<Payment> {
  const tenantId = tenantIdOf(tenant);
  const attempt = await repo.findAttempt(ctx.db, tenantId, attemptId);
  if (!attempt) throw notFound('payment');
  const gateway = gatewayFor(ctx, tenant);
  let result: ChargeResult;
  try {
    const gatewayCustomerId = await gatewayCustomerOf(ctx, gateway, tenantId, attempt.customer_id);
    result = await gateway.charge({
      idempotencyKey: attempt.idempotency_key,
      amount: attempt.amount,
      currency: attempt.currency,
      gatewayCustomerId,
      cardToken: attempt.card_token,
      description: `${tenant.display_name}: ${attempt.purpose}`,
      metadata: { attemptId: attempt.id, tenantId },
      returnUrl: `${ctx.config.publicUrl}/portal/${tenant.slug}/billing`,
    });
  } catch {
    // The answer is unknown: the attempt stays pending and is settled by the gateway's webhook or the reconciler.
    return paymentView(ctx.db, tenantId, attemptId);
  }
  return settle(ctx, tenantId, attemptId, result);
}

async function gatewayCustomerOf(ctx: AppContext, gateway: PaymentGateway, tenantId: TenantId, customerId: string): Promise<string> {
  const customer = await repo.findPayingCustomer(ctx.db, tenantId, customerId);
  if (!customer) throw notFound('customer');
  if (customer.gateway_customer_id) return customer.gateway_customer_id;
  const id = await gateway.ensureCustomer({ name: customer.name, email: customer.email, existing: null });
  return repo.keepGatewayCustomer(ctx.db, tenantId, customerId, id);
}

/**
 * Writes the gateway's answer for an attempt, once. A success records the charge against each
 * invoice, each tip apart, or the prepayment as credit, and moves the invoices' statuses.
 */
export async function settle(ctx: AppContext, tenantId: TenantId, attemptId: string, result: ChargeResult): Promise<Payment> {
  const settled = await ctx.db.transaction().execute(async (trx) => {
    const attempt = await repo.findAttempt(trx, tenantId, attemptId);
    if (!attempt) throw notFound('payment');
    if (attempt.status === 'succeeded' || attempt.status === 'failed') return false;
    const status = statusOf[result.status];
    const stamp = isoNow(ctx.now());
    const final = status === 'succeeded' || status === 'failed';
    const moved = await repo.moveAttempt(trx, tenantId, attempt.id, attempt.status, {
      status,
      gateway_payment_id: result.paymentId,
      next_action_url: result.nextActionUrl,
      failure_code: result.failureCode,
      updated_at: stamp,
      settled_at: final ? stamp : null,
    });
    if (!moved || status !== 'succeeded') return moved;
    await recordSuccess(trx, tenantId, attempt, stamp);
    return true;
  });
  if (settled) ctx.events.publish({ tenantId, topic: 'payments', locationId: null, id: attemptId });
  return paymentView(ctx.db, tenantId, attemptId);
}

async function recordSuccess(trx: Executor, tenantId: TenantId, attempt: repo.AttemptRow, stamp: string): Promise<void> {
  const common = { customerId: attempt.customer_id, currency: attempt.currency, paymentAttemptId: attempt.id, method: 'card' as const, portalUserId: attempt.portal_user_id, staffUserId: attempt.staff_user_id };
  if (attempt.purpose === 'prepayment') {
    await ledger.record(trx, tenantId, [{ ...common, kind: 'prepayment', amount: attempt.amount }], stamp);
    return;
  }
  const allocations = await repo.allocationsOf(trx, tenantId, [attempt.id]);
  await ledger.record(
    trx,
    tenantId,
    allocations.flatMap((a) => [
      { ...common, kind: 'charge' as const, amount: a.amount, invoiceId: a.invoice_id },
      ...(a.tip > 0 ? [{ ...common, kind: 'tip' as const, amount: a.tip, invoiceId: a.invoice_id }] : []),
    ]),
    stamp,
  );
  await ledger.refreshStatuses(trx, tenantId, allocations.map((a) => a.invoice_id), stamp);
}

// ── Finishing and reconciling ───────────────────────────────────────────────────────────

/** After the customer's second step (3-D Secure), or to look again at a pending payment: asks the gateway. */
export async function refreshPayment(ctx: AppContext, gatewayFor: GatewayFor, tenant: Tenant, customerId: string, attemptId: string): Promise<Payment> {
  const tenantId = tenantIdOf(tenant);
  const attempt = await repo.findAttempt(ctx.db, tenantId, attemptId);
  if (!attempt || attempt.customer_id !== customerId) throw notFound('payment');
  return reconcileAttempt(ctx, gatewayFor, tenant, attempt);
}

async function reconcileAttempt(ctx: AppContext, gatewayFor: GatewayFor, tenant: Tenant, attempt: repo.AttemptRow): Promise<Payment> {
  const tenantId = tenantIdOf(tenant);
  if (attempt.status === 'succeeded' || attempt.status === 'failed') return paymentView(ctx.db, tenantId, attempt.id);
  if (!attempt.gateway_payment_id) return chargeAndSettle(ctx, gatewayFor, tenant, attempt.id);
  let result: ChargeResult;
  try {
    result = await gatewayFor(ctx, tenant).retrieveCharge(attempt.gateway_payment_id);
  } catch {
    return paymentView(ctx.db, tenantId, attempt.id);
  }
  return settle(ctx, tenantId, attempt.id, result);
}

/** A webhook's news of a charge: settles the attempt it names (through its metadata or payment id). */
export async function settleFromGateway(ctx: AppContext, tenant: Tenant, result: ChargeResult): Promise<void> {
  const tenantId = tenantIdOf(tenant);
  const byMetadata = result.metadata.attemptId ? await repo.findAttempt(ctx.db, tenantId, result.metadata.attemptId) : undefined;
  const attempt = byMetadata ?? (await repo.findAttemptByGatewayPayment(ctx.db, tenantId, result.paymentId));
  if (!attempt) return;
  await settle(ctx, tenantId, attempt.id, result);
}

/**
 * Settles every attempt left unanswered (a crash between the gateway's answer and our commit, a
 * lost connection, a second step never finished): run at start and then every few minutes. Only
 * attempts older than a minute are touched, so a payment being made right now is left to its request.
 */
export async function reconcilePayments(ctx: AppContext, gatewayFor: GatewayFor, now = ctx.now(), olderThan = minutes(1)): Promise<number> {
  const rows = await repo.unsettledAttempts(ctx.db, isoNow(new Date(now.getTime() - olderThan)));
  let settled = 0;
  for (const row of rows) {
    const tenant = await findTenantById(ctx.db, row.tenant_id);
    const attempt = tenant ? await repo.findAttempt(ctx.db, tenantIdOf(tenant), row.id) : undefined;
    if (!tenant || !attempt) continue;
    const after = await reconcileAttempt(ctx, gatewayFor, tenant, attempt);
    if (after.status === 'succeeded' || after.status === 'failed') settled += 1;
  }
  return settled;
}

// ── The pay page ────────────────────────────────────────────────────────────────────────

/**
 * Everything still owed, all of it selected, with the cards to pay it from. The form lists the
 * soonest due first, at most as many as one payment may pay: the rest show once those are paid.
 */
export async function payPage(db: Executor, tenant: Tenant, customerId: string, today: string): Promise<PayPage> {
  const tenantId = tenantIdOf(tenant);
  const [invoices, cards, credit] = await Promise.all([repo.owedInvoices(db, tenantId, customerId, { limit: maxInvoicesPerPayment }), repo.cardsOf(db, tenantId, customerId), ledger.creditOf(db, tenantId, customerId)]);
  const ids = invoices.map((invoice) => invoice.id);
  const [paid, inFlight] = await Promise.all([ledger.paidTowards(db, tenantId, ids), repo.invoicesInFlight(db, tenantId, ids)]);
  const rows = invoices.map((invoice) => ({ invoice, due: invoice.total - (paid.get(invoice.id) ?? 0), inFlight: inFlight.has(invoice.id) }));
  const selected = preselected(rows);
  return {
    currency: tenant.currency,
    invoices: rows.map(({ invoice, due, inFlight: busy }, i) => ({
      id: invoice.id,
      number: invoice.number,
      issueDate: invoice.issue_date,
      dueDate: invoice.due_date,
      total: invoice.total,
      due,
      tip: invoice.tip,
      overdue: invoice.due_date !== null && invoice.due_date < today,
      selected: selected[i]!,
      inFlight: busy,
    })),
    cards: cards.map((card) => ({ id: card.id, brand: card.brand, last4: card.last4, expMonth: card.exp_month, expYear: card.exp_year, isDefault: card.is_default })),
    testGateway: tenant.payment_gateway === 'test',
    allowPrepayments: tenant.allow_prepayments,
    credit,
  };
}
