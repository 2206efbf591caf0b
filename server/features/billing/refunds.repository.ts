import type { Executor } from '../../db/database.ts';
import type { RefundsTable, RefundStatus } from '../../db/schema.ts';
import { unscoped } from '../../db/tenant-scope.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export type RefundRow = Awaited<ReturnType<typeof findRefund>> & {};

const refundColumns = ['id', 'tenant_id', 'customer_id', 'payment_attempt_id', 'invoice_id', 'idempotency_key', 'amount', 'currency', 'reason', 'status', 'gateway_refund_id', 'failure_code', 'staff_user_id', 'created_at'] as const;

export function findRefund(db: Executor, tenantId: TenantId, id: string) {
  return db.selectFrom('refunds').select(refundColumns).where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export function findRefundByKey(db: Executor, tenantId: TenantId, key: string) {
  return db.selectFrom('refunds').select(refundColumns).where('tenant_id', '=', tenantId).where('idempotency_key', '=', key).executeTakeFirst();
}

/** An invoice's refunds, oldest first. */
export function refundsOfInvoice(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db.selectFrom('refunds').select(refundColumns).where('tenant_id', '=', tenantId).where('invoice_id', '=', invoiceId).orderBy('created_at').orderBy('id').execute();
}

const partColumns = ['a.id', 'a.status', 'a.gateway', 'a.gateway_payment_id', 'a.currency', 'a.customer_id', 'a.created_at', 'p.invoice_id', 'p.amount', 'p.tip', 'c.brand', 'c.last4'] as const;

/** What card payments paid towards an invoice: each payment's part of it, with the card. */
function paymentParts(db: Executor, tenantId: TenantId, invoiceId: string) {
  return db
    .selectFrom('payment_attempt_invoices as p')
    .innerJoin('payment_attempts as a', (join) => join.onRef('a.id', '=', 'p.payment_attempt_id').onRef('a.tenant_id', '=', 'p.tenant_id'))
    .innerJoin('cards as c', (join) => join.onRef('c.id', '=', 'a.card_id').onRef('c.tenant_id', '=', 'a.tenant_id'))
    .select(partColumns)
    .where('p.tenant_id', '=', tenantId)
    .where('p.invoice_id', '=', invoiceId);
}

/** The card payments that went through for an invoice, oldest first. */
export function succeededParts(db: Executor, tenantId: TenantId, invoiceId: string) {
  return paymentParts(db, tenantId, invoiceId).where('a.status', '=', 'succeeded').orderBy('a.created_at').orderBy('a.id').execute();
}

/** One payment's part of an invoice, whatever its status; undefined when the payment did not pay that invoice. */
export function paymentPart(db: Executor, tenantId: TenantId, invoiceId: string, attemptId: string) {
  return paymentParts(db, tenantId, invoiceId).where('a.id', '=', attemptId).executeTakeFirst();
}

/** The gateway's id of the charge a refund gives back (a refund is only made of a charge that has one). */
export async function gatewayPaymentOf(db: Executor, tenantId: TenantId, attemptId: string): Promise<string> {
  const row = await db.selectFrom('payment_attempts').select('gateway_payment_id').where('tenant_id', '=', tenantId).where('id', '=', attemptId).executeTakeFirstOrThrow();
  if (!row.gateway_payment_id) throw new Error(`payment ${attemptId} has no charge at the gateway`);
  return row.gateway_payment_id;
}

type NewRefund = Omit<RefundsTable, 'tenant_id' | 'status' | 'gateway_refund_id' | 'failure_code' | 'settled_at'>;

export async function insertRefund(db: Executor, tenantId: TenantId, refund: NewRefund): Promise<void> {
  await db.insertInto('refunds').values({ ...refund, tenant_id: tenantId, status: 'pending', gateway_refund_id: null, failure_code: null, settled_at: null }).execute();
}

/** Keeps the gateway's id of a refund still under way, so it is asked about by that id. */
export async function keepGatewayRefund(db: Executor, tenantId: TenantId, id: string, gatewayRefundId: string, now: string): Promise<void> {
  await db.updateTable('refunds').set({ gateway_refund_id: gatewayRefundId, updated_at: now }).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', 'pending').execute();
}

/**
 * Settles a pending refund; answers false when someone else settled it first (the office's
 * retry and the reconciler), so only one of them writes the ledger.
 */
export async function settleRefundRow(
  db: Executor,
  tenantId: TenantId,
  id: string,
  values: { status: Exclude<RefundStatus, 'pending'>; gateway_refund_id: string | null; failure_code: string | null; updated_at: string; settled_at: string },
): Promise<boolean> {
  const result = await db.updateTable('refunds').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Refunds whose answer is not known yet, across every company: what the reconciler settles. */
export function unsettledRefunds(db: Executor, createdBefore: string) {
  return unscoped(db, 'settling every company’s unanswered refunds after a restart')
    .selectFrom('refunds')
    .select(['id', 'tenant_id'])
    .where('status', '=', 'pending')
    .where('created_at', '<', createdBefore)
    .orderBy('created_at')
    .limit(500)
    .execute();
}
