import type { CardPayment, Refund } from '../../../shared/features/billing/invoices.contract.ts';
import type { Executor } from '../../db/database.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';
import * as repo from './refunds.repository.ts';

/** A refund as the office reads it. */
export function refundView(row: repo.RefundRow): Refund {
  return { id: row.id, paymentId: row.payment_attempt_id, amount: row.amount, status: row.status, reason: row.reason, failureCode: row.failure_code, createdAt: row.created_at };
}

/**
 * Each card payment's part of an invoice, with what has been refunded of it and what may still be:
 * the part (tip aside) less refunds that went through or are still waiting on the gateway (those
 * are counted as taken, so two refunds at once never give back more than was paid).
 */
export async function cardPaymentsOf(db: Executor, tenantId: TenantId, invoiceId: string): Promise<{ cardPayments: CardPayment[]; refunds: Refund[] }> {
  const [parts, refunds] = await Promise.all([repo.succeededParts(db, tenantId, invoiceId), repo.refundsOfInvoice(db, tenantId, invoiceId)]);
  const cardPayments = parts.map((part) => {
    const mine = refunds.filter((refund) => refund.payment_attempt_id === part.id);
    const sum = (rows: typeof mine) => rows.reduce((total, refund) => total + refund.amount, 0);
    const refunded = sum(mine.filter((refund) => refund.status === 'succeeded'));
    const taken = sum(mine.filter((refund) => refund.status !== 'failed'));
    return { id: part.id, card: { brand: part.brand, last4: part.last4 }, amount: part.amount, tip: part.tip, refunded, refundable: Math.max(0, part.amount - taken), createdAt: part.created_at };
  });
  return { cardPayments, refunds: refunds.map(refundView) };
}
