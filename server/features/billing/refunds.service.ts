import type { z } from 'zod';
import type { RefundResult, refundInputSchema } from '../../../shared/features/billing/invoices.contract.ts';
import type { AppContext } from '../../context.ts';
import type { Executor } from '../../db/database.ts';
import type { Tenant } from '../../db/schema.ts';
import { isUniqueViolation } from '../../db/unique-violation.ts';
import type { StaffActor } from '../../http/auth.ts';
import { AppError, invalidFields, message, notFound } from '../../http/errors.ts';
import { newId } from '../../lib/ids.ts';
import { isoNow, minutes } from '../../lib/time.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { requireTenant } from '../../platform/auth/credentials.ts';
import { findTenantById } from '../../platform/tenants/tenants.repository.ts';
import { tenantIdOf, type TenantId } from '../../platform/tenants/tenant-id.ts';
import { cardPaymentsOf, refundView } from './card-payments.ts';
import type { RefundResult as GatewayRefund } from './gateways/gateway.ts';
import { findInvoice } from './invoices.repository.ts';
import { invoiceDetail } from './invoices.service.ts';
import * as ledger from './ledger.ts';
import { lockCustomer } from './payments.repository.ts';
import type { GatewayFor } from './payments.service.ts';
import * as repo from './refunds.repository.ts';

/**
 * Refunds of card payments, made by the office the way charges are made:
 *
 * 1. The refund — which payment, which invoice's part of it, how much — is stored with the key the
 *    office's dialog made, BEFORE the gateway is called. A double click or a retried request finds
 *    the same refund; the gateway, asked again with the same key, answers the first refund.
 * 2. A refund is of one payment's part of one invoice, tip aside: the tip went to the company's
 *    people, and a refund of it would be a separate decision. At most what is left of that part can
 *    be refunded; refunds still waiting on the gateway count as taken, so two at once never give
 *    back more than was paid.
 * 3. The gateway's answer is written once (the refund moves from pending in one statement): a refund
 *    that went through is a 'refund' entry in the ledger against the invoice, and the invoice's status
 *    moves back (paid → partly paid or sent) in the same transaction, so the customer owes it again
 *    until the office settles it otherwise (a credit note, another payment).
 */

type RefundInput = z.output<typeof refundInputSchema>;

/**
 * Refunds part or all of what a card payment paid towards an invoice. Answers the refund (succeeded,
 * failed with the gateway's reason, or pending while the gateway's answer is unknown) and the invoice.
 */
export async function refundPayment(ctx: AppContext, gatewayFor: GatewayFor, actor: StaffActor, invoiceId: string, paymentId: string, input: RefundInput): Promise<RefundResult> {
  const tenant = await requireTenant(ctx.db, actor.tenantId);
  const tenantId = tenantIdOf(tenant);
  const { id, made } = await storeRefund(ctx, tenant, actor, invoiceId, paymentId, input);
  const refund = (await repo.findRefund(ctx.db, tenantId, id))!;
  if (refund.invoice_id !== invoiceId || refund.payment_attempt_id !== paymentId) throw new AppError('conflict', message('refunds.keyReused'));
  // The request that made it asks the gateway; a repeat asks again only while no answer is known.
  const settled = made || refund.status === 'pending' ? await askGateway(ctx, gatewayFor, tenant, refund) : refund;
  return { refund: refundView(settled), invoice: await invoiceDetail(ctx, tenant, invoiceId) };
}

/** Stores the refund, or finds the one this key already made; answers its id and whether this call made it. */
async function storeRefund(ctx: AppContext, tenant: Tenant, actor: StaffActor, invoiceId: string, paymentId: string, input: RefundInput): Promise<{ id: string; made: boolean }> {
  const tenantId = tenantIdOf(tenant);
  const existing = await repo.findRefundByKey(ctx.db, tenantId, input.idempotencyKey);
  if (existing) return { id: existing.id, made: false };
  try {
    return { id: await ctx.db.transaction().execute((trx) => insertRefund(ctx, trx, tenant, actor, invoiceId, paymentId, input)), made: true };
  } catch (error) {
    // The same key twice at once (a double click): the other request made it. Either the insert met
    // the key's unique index, or (PostgreSQL) this one waited on the customer's lock and then found
    // the other's refund taking what was left: both answer the other's refund.
    if (!isUniqueViolation(error) && !(error instanceof AppError)) throw error;
    const other = await repo.findRefundByKey(ctx.db, tenantId, input.idempotencyKey);
    if (!other) throw error;
    return { id: other.id, made: false };
  }
}

async function insertRefund(ctx: AppContext, trx: Executor, tenant: Tenant, actor: StaffActor, invoiceId: string, paymentId: string, input: RefundInput): Promise<string> {
  const tenantId = tenantIdOf(tenant);
  const invoice = await findInvoice(trx, tenantId, invoiceId);
  if (!invoice) throw notFound('invoice');
  await lockCustomer(trx, ctx.dbKind, tenantId, invoice.customer_id);
  const part = await repo.paymentPart(trx, tenantId, invoiceId, paymentId);
  if (!part) throw notFound('payment');
  if (part.status !== 'succeeded' || !part.gateway_payment_id) throw new AppError('conflict', message('refunds.notRefundable'));
  if (part.gateway !== tenant.payment_gateway) throw new AppError('conflict', message('refunds.otherGateway'));
  const { cardPayments } = await cardPaymentsOf(trx, tenantId, invoiceId);
  const refundable = cardPayments.find((payment) => payment.id === paymentId)?.refundable ?? 0;
  if (refundable <= 0) throw new AppError('conflict', message('refunds.nothingLeft'));
  // The limit is in minor units, so the message names no number: the dialog shows what is left in money.
  if (input.amount > refundable) throw invalidFields({ amount: message('refunds.moreThanLeft') });
  const id = newId();
  const stamp = isoNow(ctx.now());
  await repo.insertRefund(trx, tenantId, {
    id,
    customer_id: invoice.customer_id,
    payment_attempt_id: paymentId,
    invoice_id: invoiceId,
    idempotency_key: input.idempotencyKey,
    amount: input.amount,
    currency: part.currency,
    reason: input.reason,
    staff_user_id: actor.userId,
    created_at: stamp,
    updated_at: stamp,
  });
  // Money going out is money-relevant: who asked for it stays on record even when the gateway refuses it.
  await recordAudit(trx, { tenantId, actorKind: 'staff', actorId: actor.userId, action: 'refund.requested', subject: invoice.customer_id, details: { refundId: id, invoiceId, paymentId, amount: input.amount, currency: part.currency, reason: input.reason } });
  return id;
}

/**
 * Asks the gateway for the stored refund with its own key (again, for one whose answer was lost:
 * the gateway answers the first refund), or about it by its id while the gateway is processing it.
 */
async function askGateway(ctx: AppContext, gatewayFor: GatewayFor, tenant: Tenant, refund: repo.RefundRow): Promise<repo.RefundRow> {
  const tenantId = tenantIdOf(tenant);
  const gateway = gatewayFor(ctx, tenant);
  let result: GatewayRefund;
  try {
    if (refund.gateway_refund_id) {
      result = await gateway.retrieveRefund(refund.gateway_refund_id);
    } else {
      const paymentId = await repo.gatewayPaymentOf(ctx.db, tenantId, refund.payment_attempt_id);
      result = await gateway.refund({ idempotencyKey: refund.idempotency_key, paymentId, amount: refund.amount, metadata: { refundId: refund.id, attemptId: refund.payment_attempt_id, tenantId } });
    }
  } catch {
    // The answer is unknown: the refund stays pending, still counted against what is left, and the reconciler asks again.
    return refund;
  }
  return settleRefund(ctx, tenantId, refund.id, result);
}

/** Writes the gateway's answer for a refund, once; one that went through goes to the ledger and moves the invoice back. */
async function settleRefund(ctx: AppContext, tenantId: TenantId, refundId: string, result: GatewayRefund): Promise<repo.RefundRow> {
  const stamp = isoNow(ctx.now());
  const settled = await ctx.db.transaction().execute(async (trx) => {
    const refund = await repo.findRefund(trx, tenantId, refundId);
    if (!refund || refund.status !== 'pending') return false;
    if (result.status === 'pending') {
      if (result.refundId) await repo.keepGatewayRefund(trx, tenantId, refund.id, result.refundId, stamp);
      return false;
    }
    const moved = await repo.settleRefundRow(trx, tenantId, refund.id, { status: result.status, gateway_refund_id: result.refundId, failure_code: result.failureCode, updated_at: stamp, settled_at: stamp });
    if (!moved || result.status !== 'succeeded') return moved;
    await ledger.record(
      trx,
      tenantId,
      [{ customerId: refund.customer_id, kind: 'refund', amount: refund.amount, currency: refund.currency, invoiceId: refund.invoice_id, refundId: refund.id, method: 'card', note: refund.reason, staffUserId: refund.staff_user_id }],
      stamp,
    );
    await ledger.refreshStatuses(trx, tenantId, [refund.invoice_id], stamp);
    return true;
  });
  const refund = (await repo.findRefund(ctx.db, tenantId, refundId))!;
  if (settled) {
    ctx.events.publish({ tenantId, topic: 'invoices', locationId: null, id: refund.invoice_id });
    ctx.events.publish({ tenantId, topic: 'payments', locationId: null, id: refund.payment_attempt_id });
  }
  return refund;
}

/**
 * Settles every refund left pending (an answer lost, a gateway still processing): run with the
 * payments' reconciler. Only refunds older than a minute are touched, so one being made right now
 * is left to its request.
 */
export async function reconcileRefunds(ctx: AppContext, gatewayFor: GatewayFor, now = ctx.now(), olderThan = minutes(1)): Promise<number> {
  const rows = await repo.unsettledRefunds(ctx.db, isoNow(new Date(now.getTime() - olderThan)));
  let settled = 0;
  for (const row of rows) {
    const tenant = await findTenantById(ctx.db, row.tenant_id);
    const refund = tenant ? await repo.findRefund(ctx.db, tenantIdOf(tenant), row.id) : undefined;
    if (!tenant || !refund) continue;
    const after = await askGateway(ctx, gatewayFor, tenant, refund);
    if (after.status !== 'pending') settled += 1;
  }
  return settled;
}
