import { randomBytes, timingSafeEqual } from 'node:crypto';
import { cardBrand, cardDigits, testCardBehaviour, type TestCardBehaviour } from '../../../../shared/features/billing/test-cards.ts';
import type { Db, Executor } from '../../../db/database.ts';
import { unscoped } from '../../../db/tenant-scope.ts';
import { isUniqueViolation } from '../../../db/unique-violation.ts';
import { newId } from '../../../lib/ids.ts';
import { isoNow } from '../../../lib/time.ts';
import type { TenantId } from '../../../platform/tenants/tenant-id.ts';
import type { ChargeInput, ChargeResult, PaymentGateway, RefundInput, RefundResult, SavedCard } from './gateway.ts';

/**
 * The built-in test gateway: a card processor's test mode inside Porter, for the demo and the tests.
 * It keeps its records in `test_gateway_objects`, as a processor keeps its own, so they survive a
 * restart; and like a processor it never stores a card number, only what it learnt of the card (brand,
 * last four, expiry) and how the test number behaves. The browser-facing half (saving a card, the
 * second-step page) is `test-gateway.routes.ts`, under /api/test-gateway/.
 */

type SetupIntentData = { gatewayCustomerId: string; clientSecret: string; paymentMethodId: string | null };
type PaymentMethodData = { gatewayCustomerId: string; brand: string; last4: string; expMonth: number; expYear: number; behaviour: TestCardBehaviour };
type PaymentIntentData = {
  amount: number;
  currency: string;
  gatewayCustomerId: string;
  paymentMethodId: string;
  description: string;
  metadata: Record<string, string>;
  returnUrl: string;
  failureCode: string | null;
  /** What refunds have given back of it so far, as a processor keeps it with the charge. */
  amountRefunded?: number;
};
type RefundData = { paymentId: string; amount: number; metadata: Record<string, string>; failureCode: string | null };

/**
 * requires_payment_method → succeeded (a set-up); active → detached (a card); requires_action →
 * succeeded | failed (a payment); a refund is succeeded or failed from the start.
 */
type ObjectRow = { id: string; tenant_id: string; kind: 'setup_intent' | 'payment_method' | 'payment_intent' | 'refund'; status: string; data: string; created_at: string };

export function createTestGateway(db: Executor, tenantId: TenantId, publicUrl: string): PaymentGateway {
  const find = (kind: ObjectRow['kind'], id: string) =>
    db.selectFrom('test_gateway_objects').select(['id', 'tenant_id', 'kind', 'status', 'data', 'created_at']).where('tenant_id', '=', tenantId).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();

  const insert = async (kind: ObjectRow['kind'], status: string, data: object, idempotencyKey: string | null = null) => {
    const id = `${prefixes[kind]}${newId()}`;
    await db.insertInto('test_gateway_objects').values({ id, tenant_id: tenantId, kind, status, idempotency_key: idempotencyKey, data: JSON.stringify(data), created_at: isoNow() }).execute();
    return id;
  };

  const resultOf = (row: ObjectRow): ChargeResult => {
    const data = JSON.parse(row.data) as PaymentIntentData;
    const status = row.status as ChargeResult['status'];
    return {
      paymentId: row.id,
      status,
      nextActionUrl: status === 'requires_action' ? `${publicUrl}/test-gateway/authenticate/${row.id}` : null,
      failureCode: status === 'failed' ? data.failureCode : null,
      metadata: data.metadata,
    };
  };

  const byKey = (key: string) =>
    db.selectFrom('test_gateway_objects').select(['id', 'tenant_id', 'kind', 'status', 'data', 'created_at']).where('tenant_id', '=', tenantId).where('idempotency_key', '=', key).executeTakeFirst();

  const refundResultOf = (row: ObjectRow): RefundResult => ({ refundId: row.id, status: row.status as RefundResult['status'], failureCode: (JSON.parse(row.data) as RefundData).failureCode });

  /** Why a processor would refuse this refund, or null: only a succeeded charge, up to what is left of it, on a card that takes refunds. */
  const refusalOf = async (input: RefundInput, intent: ObjectRow | undefined): Promise<string | null> => {
    if (!intent || intent.status !== 'succeeded') return 'charge_not_refundable';
    const charge = JSON.parse(intent.data) as PaymentIntentData;
    if (input.amount > charge.amount - (charge.amountRefunded ?? 0)) return 'amount_too_large';
    const method = await find('payment_method', charge.paymentMethodId);
    const behaviour = method ? (JSON.parse(method.data) as PaymentMethodData).behaviour : null;
    return behaviour === 'refundFails' ? 'refund_declined' : null;
  };

  return {
    name: 'test',

    async ensureCustomer({ existing }) {
      return existing ?? `tcus_${newId()}`;
    },

    async startCardSetup({ gatewayCustomerId }) {
      const clientSecret = randomBytes(24).toString('base64url');
      const data: SetupIntentData = { gatewayCustomerId, clientSecret, paymentMethodId: null };
      const setupId = await insert('setup_intent', 'requires_payment_method', data);
      return { setupId, clientSecret: `${setupId}_secret_${clientSecret}`, publishableKey: null };
    },

    async finishCardSetup(setupId): Promise<SavedCard | null> {
      const setup = await find('setup_intent', setupId);
      if (!setup || setup.status !== 'succeeded') return null;
      const { paymentMethodId, gatewayCustomerId } = JSON.parse(setup.data) as SetupIntentData;
      const method = paymentMethodId ? await find('payment_method', paymentMethodId) : undefined;
      if (!method) return null;
      const card = JSON.parse(method.data) as PaymentMethodData;
      return { token: method.id, gatewayCustomerId, brand: card.brand, last4: card.last4, expMonth: card.expMonth, expYear: card.expYear };
    },

    async detachCard(token) {
      await db.updateTable('test_gateway_objects').set({ status: 'detached' }).where('tenant_id', '=', tenantId).where('kind', '=', 'payment_method').where('id', '=', token).execute();
    },

    async charge(input: ChargeInput): Promise<ChargeResult> {
      const earlier = await byKey(input.idempotencyKey);
      if (earlier) return resultOf(earlier);
      const method = await find('payment_method', input.cardToken);
      const card = method && method.status === 'active' ? (JSON.parse(method.data) as PaymentMethodData) : null;
      const usable = card !== null && card.gatewayCustomerId === input.gatewayCustomerId;
      const [status, failureCode] = !usable ? ['failed', 'card_not_found'] : outcomes[card.behaviour];
      const data: PaymentIntentData = {
        amount: input.amount,
        currency: input.currency,
        gatewayCustomerId: input.gatewayCustomerId,
        paymentMethodId: input.cardToken,
        description: input.description,
        metadata: input.metadata,
        returnUrl: input.returnUrl,
        failureCode,
      };
      try {
        const id = await insert('payment_intent', status, data, input.idempotencyKey);
        return resultOf((await find('payment_intent', id))!);
      } catch (error) {
        // The same key sent twice at once: the first one's payment is the answer to both.
        if (!isUniqueViolation(error)) throw error;
        return resultOf((await byKey(input.idempotencyKey))!);
      }
    },

    async retrieveCharge(paymentId) {
      const row = await find('payment_intent', paymentId);
      if (!row) throw new Error(`test gateway: no payment ${paymentId}`);
      return resultOf(row);
    },

    async refund(input: RefundInput): Promise<RefundResult> {
      const earlier = await byKey(input.idempotencyKey);
      if (earlier) return refundResultOf(earlier);
      const intent = await find('payment_intent', input.paymentId);
      const failureCode = await refusalOf(input, intent);
      const data: RefundData = { paymentId: input.paymentId, amount: input.amount, metadata: input.metadata, failureCode };
      let id: string;
      try {
        id = await insert('refund', failureCode ? 'failed' : 'succeeded', data, input.idempotencyKey);
      } catch (error) {
        // The same key sent twice at once: the first one's refund is the answer to both.
        if (!isUniqueViolation(error)) throw error;
        return refundResultOf((await byKey(input.idempotencyKey))!);
      }
      if (!failureCode) {
        const charge = JSON.parse(intent!.data) as PaymentIntentData;
        const amountRefunded = (charge.amountRefunded ?? 0) + input.amount;
        await db.updateTable('test_gateway_objects').set({ data: JSON.stringify({ ...charge, amountRefunded } satisfies PaymentIntentData) }).where('tenant_id', '=', tenantId).where('id', '=', intent!.id).execute();
      }
      return refundResultOf((await find('refund', id))!);
    },

    async retrieveRefund(refundId) {
      const row = await find('refund', refundId);
      if (!row) throw new Error(`test gateway: no refund ${refundId}`);
      return refundResultOf(row);
    },

    async readWebhook() {
      return null;
    },
  };
}

const prefixes = { setup_intent: 'tseti_', payment_method: 'tpm_', payment_intent: 'tpi_', refund: 'tre_' } as const;

const outcomes: Record<TestCardBehaviour, [ChargeResult['status'], string | null]> = {
  succeeds: ['succeeded', null],
  declines: ['failed', 'card_declined'],
  secondStep: ['requires_action', null],
  refundFails: ['succeeded', null],
};

// ── The browser's side: what the processor's own script and pages do ────────────────────

const findsItsTenant = 'the test gateway finds its object by id, as a processor does; the object names its tenant';

function findAnywhere(db: Executor, kind: ObjectRow['kind'], id: string) {
  return unscoped(db, findsItsTenant).selectFrom('test_gateway_objects').select(['id', 'tenant_id', 'kind', 'status', 'data', 'created_at']).where('kind', '=', kind).where('id', '=', id).executeTakeFirst();
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export type ConfirmSetupResult = 'confirmed' | 'no_such_setup' | 'already_confirmed';

/**
 * Saves the card a customer typed on the test gateway's form to the set-up, when the client secret
 * matches (else it is as if there were no such set-up). Only brand, last four, expiry and how the
 * test number behaves are kept; the number itself goes no further than this function.
 */
export async function confirmTestSetup(
  db: Db,
  setupId: string,
  input: { clientSecret: string; number: string; expMonth: number; expYear: number },
): Promise<ConfirmSetupResult> {
  const setup = await findAnywhere(db, 'setup_intent', setupId);
  if (!setup) return 'no_such_setup';
  const data = JSON.parse(setup.data) as SetupIntentData;
  if (!sameSecret(input.clientSecret, `${setup.id}_secret_${data.clientSecret}`)) return 'no_such_setup';
  if (setup.status !== 'requires_payment_method') return 'already_confirmed';
  const behaviour = testCardBehaviour(input.number);
  if (!behaviour) throw new Error('test gateway: confirm a known test number only');
  const digits = cardDigits(input.number);
  const method: PaymentMethodData = { gatewayCustomerId: data.gatewayCustomerId, brand: cardBrand(digits), last4: digits.slice(-4), expMonth: input.expMonth, expYear: input.expYear, behaviour };
  const methodId = `${prefixes.payment_method}${newId()}`;
  const tenantId = setup.tenant_id as TenantId;
  return db.transaction().execute(async (trx) => {
    const moved = await trx
      .updateTable('test_gateway_objects')
      .set({ status: 'succeeded', data: JSON.stringify({ ...data, paymentMethodId: methodId } satisfies SetupIntentData) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', setup.id)
      .where('status', '=', 'requires_payment_method')
      .executeTakeFirst();
    if (moved.numUpdatedRows === 0n) return 'already_confirmed';
    await trx.insertInto('test_gateway_objects').values({ id: methodId, tenant_id: tenantId, kind: 'payment_method', status: 'active', idempotency_key: null, data: JSON.stringify(method), created_at: isoNow() }).execute();
    return 'confirmed';
  });
}

export type TestPayment = { id: string; amount: number; currency: string; description: string; status: ChargeResult['status']; returnUrl: string; last4: string | null };

/** A payment as the second-step page shows it, or null. */
export async function findTestPayment(db: Executor, paymentId: string): Promise<TestPayment | null> {
  const row = await findAnywhere(db, 'payment_intent', paymentId);
  if (!row) return null;
  const data = JSON.parse(row.data) as PaymentIntentData;
  const method = await db
    .selectFrom('test_gateway_objects')
    .select('data')
    .where('tenant_id', '=', row.tenant_id as TenantId)
    .where('kind', '=', 'payment_method')
    .where('id', '=', data.paymentMethodId)
    .executeTakeFirst();
  const last4 = method ? (JSON.parse(method.data) as PaymentMethodData).last4 : null;
  return { id: row.id, amount: data.amount, currency: data.currency, description: data.description, status: row.status as ChargeResult['status'], returnUrl: data.returnUrl, last4 };
}

/** The customer's answer on the second-step page: approved, the payment succeeds; failed, it is declined. Null when it was not waiting. */
export async function authenticateTestPayment(db: Executor, paymentId: string, approve: boolean): Promise<TestPayment | null> {
  const row = await findAnywhere(db, 'payment_intent', paymentId);
  if (!row || row.status !== 'requires_action') return null;
  const data = JSON.parse(row.data) as PaymentIntentData;
  const moved = await db
    .updateTable('test_gateway_objects')
    .set({ status: approve ? 'succeeded' : 'failed', data: JSON.stringify({ ...data, failureCode: approve ? null : 'authentication_failed' } satisfies PaymentIntentData) })
    .where('tenant_id', '=', row.tenant_id as TenantId)
    .where('id', '=', row.id)
    .where('status', '=', 'requires_action')
    .executeTakeFirst();
  if (moved.numUpdatedRows === 0n) return null;
  return findTestPayment(db, paymentId);
}
