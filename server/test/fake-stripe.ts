import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A tiny Stripe on loopback, for tests: no network here reaches Stripe, so the Stripe gateway is
 * tested against this. It answers, with Stripe's JSON shapes, exactly the calls the gateway makes
 * (customers, setup intents, detaching a payment method, payment intents, refunds), honours
 * `Idempotency-Key` on payment intents and refunds as Stripe does (the same key answers the first
 * one) and signs webhook payloads the way Stripe does.
 *
 * Cards behave by their payment method, named as Stripe's own test payment methods are.
 */
export const fakeCards = {
  /** Charges succeed. */
  succeeds: { id: 'pm_card_visa', brand: 'visa', last4: '4242' },
  /** Charges are declined for insufficient funds (402, a card_error carrying the intent). */
  declines: { id: 'pm_card_chargeDeclinedInsufficientFunds', brand: 'visa', last4: '9995' },
  /** Off-session charges need the customer to authenticate (402, authentication_required). */
  authenticates: { id: 'pm_card_authenticationRequired', brand: 'visa', last4: '3184' },
  /** Charges succeed; a refund is taken as pending, and fails later (`updateRefund`), as Stripe's own card does. */
  refundFails: { id: 'pm_card_refundFail', brand: 'visa', last4: '5126' },
} as const;

export type FakeCard = keyof typeof fakeCards;

/** One call as the fake received it: the body and query decoded as Stripe decodes them. */
export type FakeStripeCall = {
  method: string;
  path: string;
  params: Record<string, unknown>;
  idempotencyKey: string | undefined;
};

/**
 * What a test's `onRequest` hook does with a call: nothing (the fake answers as Stripe would),
 * `answered` (the hook wrote its own answer, e.g. a 500), `drop` (the connection closes before
 * anything happens) or `drop-after` (the call is carried out, then the connection closes with no
 * answer: a charge made whose answer was lost).
 */
export type FakeStripeHookAnswer = void | 'answered' | 'drop' | 'drop-after';

export type FakeStripe = {
  /** `http://127.0.0.1:<port>`: the gateway's `apiUrl`. */
  url: string;
  /** Payment intents made, per idempotency key (a replay with the same key adds none). */
  chargesMade(idempotencyKey?: string): number;
  /** Refunds made, per idempotency key (a replay with the same key adds none). */
  refundsMade(idempotencyKey?: string): number;
  /** Every call received, in order. */
  calls: FakeStripeCall[];
  /** Tests answer or break calls here; set it to undefined to stop. */
  onRequest: ((call: FakeStripeCall, response: ServerResponse) => FakeStripeHookAnswer | Promise<FakeStripeHookAnswer>) | undefined;
  /** The customer finished a set-up with this card (as Stripe.js would after the card form). */
  completeSetup(setupId: string, card: FakeCard, expiry?: { month: number; year: number }): void;
  /** A payment intent as Stripe holds it now. */
  intent(id: string): Record<string, unknown> | undefined;
  /** Changes an intent's state, as Stripe does after a second step or a bank's late answer. */
  updateIntent(id: string, changes: Record<string, unknown>): Record<string, unknown>;
  /** Changes a refund's state, as Stripe does when the bank answers late. */
  updateRefund(id: string, changes: Record<string, unknown>): Record<string, unknown>;
  /** A webhook event's body and `Stripe-Signature` header, signed with `secret` as Stripe signs them. */
  webhook(type: string, object: Record<string, unknown>, secret: string): { body: string; signature: string };
  close(): Promise<void>;
};

type StoredAnswer = { status: number; body: unknown };

export async function startFakeStripe(): Promise<FakeStripe> {
  const customers = new Map<string, Record<string, unknown>>();
  const setups = new Map<string, Record<string, unknown>>();
  const methods = new Map<string, Record<string, unknown>>();
  const intents = new Map<string, Record<string, unknown>>();
  const answersByKey = new Map<string, StoredAnswer>();
  const chargesByKey = new Map<string, number>();
  const refunds = new Map<string, Record<string, unknown>>();
  const refundsByKey = new Map<string, number>();
  const countOf = (byKey: Map<string, number>, key: string | undefined) => (key === undefined ? [...byKey.values()].reduce((sum, n) => sum + n, 0) : (byKey.get(key) ?? 0));
  const calls: FakeStripeCall[] = [];
  const now = () => Math.floor(Date.now() / 1000);
  const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

  const fake: FakeStripe = {
    url: '',
    calls,
    onRequest: undefined,
    chargesMade: (key) => countOf(chargesByKey, key),
    refundsMade: (key) => countOf(refundsByKey, key),
    completeSetup(setupId, card, expiry = { month: 12, year: 2030 }) {
      const setup = setups.get(setupId);
      if (!setup) throw new Error(`fake Stripe: no set-up ${setupId}`);
      const pick = fakeCards[card];
      const method = {
        id: pick.id,
        object: 'payment_method',
        type: 'card',
        created: now(),
        livemode: false,
        customer: setup.customer,
        metadata: {},
        billing_details: { address: null, email: null, name: null, phone: null },
        card: { brand: pick.brand, last4: pick.last4, exp_month: expiry.month, exp_year: expiry.year, country: 'US', funding: 'credit' },
      };
      methods.set(pick.id, method);
      Object.assign(setup, { status: 'succeeded', payment_method: pick.id });
    },
    intent: (intentId) => intents.get(intentId),
    updateIntent(intentId, changes) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`fake Stripe: no payment intent ${intentId}`);
      return Object.assign(intent, changes);
    },
    updateRefund(refundId, changes) {
      const refund = refunds.get(refundId);
      if (!refund) throw new Error(`fake Stripe: no refund ${refundId}`);
      return Object.assign(refund, changes);
    },
    webhook: signedStripeEvent,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => { resolve(); });
    }),
  };

  function route(call: FakeStripeCall): StoredAnswer {
    const { method, path, params } = call;
    let match: RegExpMatchArray | null;
    if (method === 'POST' && path === '/v1/customers') {
      const customer = { id: id('cus'), object: 'customer', created: now(), livemode: false, name: params.name ?? null, email: params.email ?? null, metadata: params.metadata ?? {} };
      customers.set(customer.id, customer);
      return { status: 200, body: customer };
    }
    if (method === 'POST' && path === '/v1/setup_intents') {
      if (typeof params.customer !== 'string' || !customers.has(params.customer)) return missing('customer', params.customer);
      const setupId = id('seti');
      const setup = {
        id: setupId,
        object: 'setup_intent',
        created: now(),
        livemode: false,
        client_secret: `${setupId}_secret_${randomBytes(8).toString('hex')}`,
        customer: params.customer,
        status: 'requires_payment_method',
        usage: params.usage ?? 'off_session',
        payment_method: null,
        payment_method_types: params.allowed_payment_method_types ?? ['card'],
        metadata: {},
      };
      setups.set(setupId, setup);
      return { status: 200, body: setup };
    }
    if (method === 'GET' && (match = /^\/v1\/setup_intents\/([^/]+)$/.exec(path))) {
      const setup = setups.get(match[1]!);
      if (!setup) return missing('setup_intent', match[1]);
      const expand = Array.isArray(params.expand) ? params.expand : [];
      const pm = setup.payment_method;
      return { status: 200, body: { ...setup, payment_method: expand.includes('payment_method') && typeof pm === 'string' ? (methods.get(pm) ?? pm) : pm } };
    }
    if (method === 'POST' && (match = /^\/v1\/payment_methods\/([^/]+)\/detach$/.exec(path))) {
      const pm = methods.get(match[1]!);
      if (!pm || pm.customer === null) return missing('payment_method', match[1]);
      pm.customer = null;
      return { status: 200, body: pm };
    }
    if (method === 'POST' && path === '/v1/payment_intents') return createIntent(params, call.idempotencyKey);
    if (method === 'GET' && (match = /^\/v1\/payment_intents\/([^/]+)$/.exec(path))) {
      const intent = intents.get(match[1]!);
      return intent ? { status: 200, body: intent } : missing('payment_intent', match[1]);
    }
    if (method === 'POST' && path === '/v1/refunds') return createRefund(params, call.idempotencyKey);
    if (method === 'GET' && (match = /^\/v1\/refunds\/([^/]+)$/.exec(path))) {
      const refund = refunds.get(match[1]!);
      return refund ? { status: 200, body: refund } : missing('refund', match[1]);
    }
    return { status: 404, body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path}).` } } };
  }

  function createIntent(params: Record<string, unknown>, key: string | undefined): StoredAnswer {
    const pmId = params.payment_method;
    const pm = typeof pmId === 'string' ? methods.get(pmId) : undefined;
    if (!pm) return missing('payment_method', pmId);
    if (key) chargesByKey.set(key, (chargesByKey.get(key) ?? 0) + 1);
    const intentId = id('pi');
    const intent: Record<string, unknown> = {
      id: intentId,
      object: 'payment_intent',
      amount: Number(params.amount),
      amount_received: 0,
      currency: params.currency,
      customer: params.customer ?? null,
      description: params.description ?? null,
      metadata: params.metadata ?? {},
      payment_method: pmId,
      payment_method_types: ['card'],
      client_secret: `${intentId}_secret_${randomBytes(8).toString('hex')}`,
      confirmation_method: 'automatic',
      capture_method: 'automatic',
      created: now(),
      livemode: false,
      status: 'succeeded',
      next_action: null,
      last_payment_error: null,
      latest_charge: null,
    };
    intents.set(intentId, intent);
    if (pmId === fakeCards.succeeds.id || pmId === fakeCards.refundFails.id) {
      Object.assign(intent, { amount_received: intent.amount, latest_charge: id('ch') });
      return { status: 200, body: intent };
    }
    if (pmId === fakeCards.declines.id) {
      const error = { type: 'card_error', code: 'card_declined', decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.', doc_url: 'https://stripe.com/docs/error-codes/card-declined', charge: id('ch'), payment_method: pm };
      Object.assign(intent, { status: 'requires_payment_method', last_payment_error: error });
      return { status: 402, body: { error: { ...error, payment_intent: intent } } };
    }
    // Needs the customer: Stripe leaves the intent waiting and, with a return URL, says where to go.
    const error = { type: 'card_error', code: 'authentication_required', decline_code: 'authentication_required', message: 'Your card was declined. This transaction requires authentication.', payment_method: pm };
    Object.assign(intent, {
      status: 'requires_action',
      last_payment_error: error,
      next_action: params.return_url ? { type: 'redirect_to_url', redirect_to_url: { url: `${fake.url}/authenticate/${intentId}`, return_url: params.return_url } } : { type: 'use_stripe_sdk', use_stripe_sdk: {} },
    });
    return { status: 402, body: { error: { ...error, payment_intent: intent } } };
  }

  /** A refund of a succeeded intent, of at most what is left of it (Stripe's 400 otherwise). */
  function createRefund(params: Record<string, unknown>, key: string | undefined): StoredAnswer {
    const intent = typeof params.payment_intent === 'string' ? intents.get(params.payment_intent) : undefined;
    if (!intent) return missing('payment_intent', params.payment_intent);
    const received = Number(intent.amount_received);
    const refunded = Number(intent.amount_refunded ?? 0);
    const amount = params.amount === undefined ? received - refunded : Number(params.amount);
    if (intent.status !== 'succeeded' || refunded >= received) {
      return { status: 400, body: { error: { type: 'invalid_request_error', code: 'charge_already_refunded', message: `Charge ${String(intent.latest_charge)} has already been refunded.` } } };
    }
    if (amount > received - refunded) {
      return { status: 400, body: { error: { type: 'invalid_request_error', code: 'amount_too_large', param: 'amount', message: `Refund amount (${amount}) is greater than unrefunded amount on charge (${received - refunded})` } } };
    }
    if (key) refundsByKey.set(key, (refundsByKey.get(key) ?? 0) + 1);
    intent.amount_refunded = refunded + amount;
    const refund: Record<string, unknown> = {
      id: id('re'),
      object: 'refund',
      amount,
      charge: intent.latest_charge,
      created: now(),
      currency: intent.currency,
      metadata: params.metadata ?? {},
      payment_intent: intent.id,
      reason: params.reason ?? null,
      status: intent.payment_method === fakeCards.refundFails.id ? 'pending' : 'succeeded',
      failure_reason: null,
    };
    refunds.set(String(refund.id), refund);
    return { status: 200, body: refund };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake-stripe');
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = request.method === 'GET' || request.method === 'DELETE' ? url.search.slice(1) : Buffer.concat(chunks).toString('utf8');
    const header = request.headers['idempotency-key'];
    const call: FakeStripeCall = { method: request.method ?? 'GET', path: url.pathname, params: decodeForm(raw), idempotencyKey: typeof header === 'string' ? header : undefined };
    calls.push(call);
    if (request.headers.authorization?.startsWith('Bearer ') !== true) {
      send(response, { status: 401, body: { error: { type: 'invalid_request_error', message: 'You did not provide an API key.' } } });
      return;
    }
    const hook = await fake.onRequest?.(call, response);
    if (hook === 'answered') return;
    if (hook === 'drop') {
      request.socket.destroy();
      return;
    }
    // Stripe answers a repeated key with the first answer, and makes nothing new.
    const replayable = call.method === 'POST' && call.idempotencyKey !== undefined && (call.path === '/v1/payment_intents' || call.path === '/v1/refunds');
    const stored = replayable ? answersByKey.get(call.idempotencyKey!) : undefined;
    const answer = stored ?? route(call);
    if (replayable && !stored) answersByKey.set(call.idempotencyKey!, structuredClone(answer));
    if (hook === 'drop-after') {
      request.socket.destroy();
      return;
    }
    send(response, answer, stored !== undefined);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      send(response, { status: 500, body: { error: { type: 'api_error', message: String(error) } } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** A webhook event's body and `Stripe-Signature` header, signed with `secret` as Stripe signs them. */
export function signedStripeEvent(type: string, object: Record<string, unknown>, secret: string): { body: string; signature: string } {
  const body = JSON.stringify({
    id: `evt_${randomBytes(12).toString('hex')}`,
    object: 'event',
    api_version: '2026-11-18.endive',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  });
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret }) };
}

function missing(kind: string, value: unknown): StoredAnswer {
  return { status: 404, body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${kind}: '${String(value)}'`, param: kind } } };
}

function send(response: ServerResponse, answer: StoredAnswer, replayed = false): void {
  if (response.headersSent) return;
  response.writeHead(answer.status, {
    'content-type': 'application/json',
    'request-id': `req_${randomBytes(8).toString('hex')}`,
    ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
  });
  response.end(JSON.stringify(answer.body));
}

/**
 * Stripe's form encoding, as its SDK writes it: `metadata[attempt]=a&expand[0]=payment_method`
 * becomes `{ metadata: { attempt: 'a' }, expand: ['payment_method'] }`.
 */
export function decodeForm(raw: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of new URLSearchParams(raw)) {
    const parts = name.split('[').map((part, index) => (index === 0 ? part : part.replace(/\]$/, '')));
    let node: Record<string, unknown> = root;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const nextIsIndex = !last && /^\d*$/.test(parts[index + 1]!);
      if (last) {
        if (Array.isArray(node)) (node as unknown[]).push(value);
        else node[part] = value;
        return;
      }
      const key = Array.isArray(node) && part === '' ? String((node as unknown[]).length) : part;
      node[key] ??= nextIsIndex ? [] : {};
      node = node[key] as Record<string, unknown>;
    });
  }
  return root;
}
