import type { DatabaseKind, Executor } from '../../db/database.ts';
import type { PaymentAttemptsTable } from '../../db/schema.ts';
import { unscoped } from '../../db/tenant-scope.ts';
import type { TenantId } from '../../platform/tenants/tenant-id.ts';

export type AttemptRow = Awaited<ReturnType<typeof findAttempt>> & {};

const attemptColumns = [
  'a.id',
  'a.tenant_id',
  'a.customer_id',
  'a.idempotency_key',
  'a.gateway',
  'a.card_id',
  'a.amount',
  'a.tip',
  'a.currency',
  'a.purpose',
  'a.status',
  'a.gateway_payment_id',
  'a.next_action_url',
  'a.failure_code',
  'a.source',
  'a.portal_user_id',
  'a.staff_user_id',
  'a.created_at',
  'c.brand',
  'c.last4',
  'c.token as card_token',
] as const;

function attempts(db: Executor, tenantId: TenantId) {
  return db
    .selectFrom('payment_attempts as a')
    .innerJoin('cards as c', (join) => join.onRef('c.id', '=', 'a.card_id').onRef('c.tenant_id', '=', 'a.tenant_id'))
    .select(attemptColumns)
    .where('a.tenant_id', '=', tenantId);
}

export function findAttempt(db: Executor, tenantId: TenantId, id: string) {
  return attempts(db, tenantId).where('a.id', '=', id).executeTakeFirst();
}

export function findAttemptByKey(db: Executor, tenantId: TenantId, key: string) {
  return attempts(db, tenantId).where('a.idempotency_key', '=', key).executeTakeFirst();
}

export function findAttemptByGatewayPayment(db: Executor, tenantId: TenantId, paymentId: string) {
  return attempts(db, tenantId).where('a.gateway_payment_id', '=', paymentId).executeTakeFirst();
}

export function allocationsOf(db: Executor, tenantId: TenantId, attemptIds: readonly string[]) {
  if (attemptIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('payment_attempt_invoices as p')
    .innerJoin('invoices as i', (join) => join.onRef('i.id', '=', 'p.invoice_id').onRef('i.tenant_id', '=', 'p.tenant_id'))
    .select(['p.payment_attempt_id', 'p.invoice_id', 'p.amount', 'p.tip', 'i.number'])
    .where('p.tenant_id', '=', tenantId)
    .where('p.payment_attempt_id', 'in', attemptIds)
    .orderBy('i.number')
    .execute();
}

/**
 * Locks the customer's row until the transaction ends (PostgreSQL), so two payments of the same
 * invoices started at once are made one after the other and the second sees the first in flight;
 * SQLite runs one write transaction at a time anyway.
 */
export async function lockCustomer(db: Executor, dbKind: DatabaseKind, tenantId: TenantId, customerId: string) {
  let query = db.selectFrom('customers').select(['id', 'name', 'email', 'gateway_customer_id', 'autopay_since']).where('tenant_id', '=', tenantId).where('id', '=', customerId);
  if (dbKind === 'postgres') query = query.forUpdate();
  return query.executeTakeFirst();
}

export function findPayingCustomer(db: Executor, tenantId: TenantId, customerId: string) {
  return db.selectFrom('customers').select(['name', 'email', 'gateway_customer_id']).where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirst();
}

/** Keeps the gateway's customer id unless another request kept one first; answers the one kept. */
export async function keepGatewayCustomer(db: Executor, tenantId: TenantId, customerId: string, gatewayCustomerId: string): Promise<string> {
  await db.updateTable('customers').set({ gateway_customer_id: gatewayCustomerId }).where('tenant_id', '=', tenantId).where('id', '=', customerId).where('gateway_customer_id', 'is', null).execute();
  const row = await db.selectFrom('customers').select('gateway_customer_id').where('tenant_id', '=', tenantId).where('id', '=', customerId).executeTakeFirstOrThrow();
  return row.gateway_customer_id ?? gatewayCustomerId;
}

/** The customer's cards on file, default first. */
export function cardsOf(db: Executor, tenantId: TenantId, customerId: string) {
  return db
    .selectFrom('cards')
    .select(['id', 'gateway', 'token', 'brand', 'last4', 'exp_month', 'exp_year', 'is_default'])
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('removed_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
}

/** The customer's invoices still owed (sent or partly paid), oldest due first; `ids` narrows them. */
export function owedInvoices(db: Executor, tenantId: TenantId, customerId: string, only: { ids?: readonly string[]; limit?: number } = {}) {
  let query = db
    .selectFrom('invoices')
    .select(['id', 'number', 'status', 'issue_date', 'due_date', 'total', 'tip', 'currency'])
    .where('tenant_id', '=', tenantId)
    .where('customer_id', '=', customerId)
    .where('kind', '=', 'invoice')
    .where('status', 'in', ['sent', 'partly_paid']);
  if (only.ids) query = query.where('id', 'in', only.ids);
  if (only.limit) query = query.limit(only.limit);
  return query.orderBy('due_date').orderBy('number').execute();
}

/** Of these invoices, those a payment is being confirmed for (pending or waiting on a second step). */
export async function invoicesInFlight(db: Executor, tenantId: TenantId, invoiceIds: readonly string[]): Promise<Set<string>> {
  if (invoiceIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('payment_attempt_invoices as p')
    .innerJoin('payment_attempts as a', (join) => join.onRef('a.id', '=', 'p.payment_attempt_id').onRef('a.tenant_id', '=', 'p.tenant_id'))
    .select('p.invoice_id')
    .where('p.tenant_id', '=', tenantId)
    .where('p.invoice_id', 'in', invoiceIds)
    .where('a.status', 'in', ['pending', 'requires_action'])
    .execute();
  return new Set(rows.map((row) => row.invoice_id));
}

type NewAttempt = Omit<PaymentAttemptsTable, 'tenant_id' | 'status' | 'gateway_payment_id' | 'next_action_url' | 'failure_code' | 'settled_at' | 'tip'> & { tip: number };

export async function insertAttempt(db: Executor, tenantId: TenantId, attempt: NewAttempt, allocations: { invoiceId: string; amount: number; tip: number }[]): Promise<void> {
  await db
    .insertInto('payment_attempts')
    .values({ ...attempt, tenant_id: tenantId, status: 'pending', gateway_payment_id: null, next_action_url: null, failure_code: null, settled_at: null })
    .execute();
  if (allocations.length === 0) return;
  await db
    .insertInto('payment_attempt_invoices')
    .values(allocations.map((a) => ({ tenant_id: tenantId, payment_attempt_id: attempt.id, invoice_id: a.invoiceId, amount: a.amount, tip: a.tip })))
    .execute();
}

/**
 * Moves an attempt on from the status it was read in; answers false when someone else moved it
 * first (a webhook and the payer's own request settling the same charge), so only one of them
 * writes the ledger.
 */
export async function moveAttempt(
  db: Executor,
  tenantId: TenantId,
  id: string,
  from: PaymentAttemptsTable['status'],
  values: Pick<PaymentAttemptsTable, 'status' | 'gateway_payment_id' | 'next_action_url' | 'failure_code' | 'updated_at' | 'settled_at'>,
): Promise<boolean> {
  const result = await db.updateTable('payment_attempts').set(values).where('tenant_id', '=', tenantId).where('id', '=', id).where('status', '=', from).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Attempts whose answer is not known yet, across every company: what a restart must settle. */
export function unsettledAttempts(db: Executor, createdBefore: string) {
  return unscoped(db, 'settling every company’s unanswered charges after a restart')
    .selectFrom('payment_attempts')
    .select(['id', 'tenant_id'])
    .where('status', 'in', ['pending', 'requires_action'])
    .where('created_at', '<', createdBefore)
    .orderBy('created_at')
    .limit(500)
    .execute();
}
