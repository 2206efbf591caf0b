import Stripe from 'stripe';
import type { Tenant } from '../../../db/schema.ts';
import type { ChargeResult, ChargeStatus, PaymentGateway, RefundResult, SavedCard } from './gateway.ts';

export type StripeGatewayOptions = {
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  /** Where Stripe's API answers (`STRIPE_API_URL`): Stripe's own when absent; tests point it at a local fake. */
  apiUrl?: string | undefined;
};

/** Payment intent events a webhook may bring; every other event is of no interest to billing. */
const chargeEvents = new Set(['payment_intent.succeeded', 'payment_intent.payment_failed', 'payment_intent.requires_action']);

/**
 * The Stripe gateway, through Stripe's official SDK: Setup Intents save a card (the browser hands
 * the number to Stripe.js, never to Porter), Payment Intents charge it off-session with Porter's
 * idempotency key, and webhooks are read only once their signature checks out.
 */
export function createStripeGateway(options: StripeGatewayOptions): PaymentGateway {
  const stripe = new Stripe(options.secretKey, {
    ...apiAddress(options.apiUrl),
    // Porter retries a charge itself, with the attempt's stored key; the SDK still retries a
    // connection closed before any answer once, with that same key, which Stripe dedupes.
    maxNetworkRetries: 0,
    timeout: 30_000,
    telemetry: false,
  });

  return {
    name: 'stripe',

    async ensureCustomer({ name, email, existing }) {
      if (existing) return existing;
      const customer = await stripe.customers.create({ name, ...(email ? { email } : {}) });
      return customer.id;
    },

    async startCardSetup({ gatewayCustomerId }) {
      const setup = await stripe.setupIntents.create({ customer: gatewayCustomerId, usage: 'off_session', allowed_payment_method_types: ['card'] });
      if (!setup.client_secret) throw new Error(`Stripe gave set-up ${setup.id} no client secret`);
      return { setupId: setup.id, clientSecret: setup.client_secret, publishableKey: options.publishableKey };
    },

    async finishCardSetup(setupId) {
      const setup = await stripe.setupIntents.retrieve(setupId, { expand: ['payment_method'] });
      if (setup.status !== 'succeeded') return null;
      const method = setup.payment_method;
      if (!method || typeof method === 'string' || !method.card || !setup.customer) return null;
      const gatewayCustomerId = typeof setup.customer === 'string' ? setup.customer : setup.customer.id;
      const card: SavedCard = { token: method.id, gatewayCustomerId, brand: method.card.brand, last4: method.card.last4, expMonth: method.card.exp_month, expYear: method.card.exp_year };
      return card;
    },

    async detachCard(token) {
      try {
        await stripe.paymentMethods.detach(token);
      } catch (error) {
        // Already gone at Stripe (detached there, or never attached): what Porter wanted.
        if (error instanceof Stripe.errors.StripeInvalidRequestError && error.code === 'resource_missing') return;
        throw error;
      }
    },

    async charge(input) {
      try {
        const intent = await stripe.paymentIntents.create(
          {
            amount: input.amount,
            currency: input.currency.toLowerCase(),
            customer: input.gatewayCustomerId,
            payment_method: input.cardToken,
            allowed_payment_method_types: ['card'],
            off_session: true,
            confirm: true,
            return_url: input.returnUrl,
            description: input.description,
            metadata: input.metadata,
          },
          { idempotencyKey: input.idempotencyKey },
        );
        return resultOf(intent);
      } catch (error) {
        // A decline or a card asking for a second step is an answer; anything else is unknown.
        if (error instanceof Stripe.errors.StripeCardError) return declineOf(error, input.metadata);
        throw error;
      }
    },

    async retrieveCharge(paymentId) {
      return resultOf(await stripe.paymentIntents.retrieve(paymentId));
    },

    async refund(input) {
      try {
        const refund = await stripe.refunds.create(
          { payment_intent: input.paymentId, amount: input.amount, reason: 'requested_by_customer', metadata: input.metadata },
          { idempotencyKey: input.idempotencyKey },
        );
        return refundResultOf(refund);
      } catch (error) {
        // Stripe refusing the request (more than is left, a charge already refunded or disputed) is an
        // answer, and it makes no refund; anything else (a 5xx, a lost connection) is unknown.
        if (error instanceof Stripe.errors.StripeInvalidRequestError) return { refundId: null, status: 'failed', failureCode: error.code ?? 'refund_refused' };
        throw error;
      }
    },

    async retrieveRefund(refundId) {
      return refundResultOf(await stripe.refunds.retrieve(refundId));
    },

    async readWebhook(rawBody, signature) {
      const read = readStripeWebhook(rawBody, signature, options.webhookSecret);
      return read.signed ? read.result : null;
    },
  };
}

/**
 * A webhook from Stripe, checked against the company's signing secret: unsigned (`signed: false`:
 * no signature, a wrong one, a tampered body, or one too old to replay), or signed, with the
 * charge's state when the event is about a payment intent (null for any other event).
 */
export function readStripeWebhook(rawBody: Buffer, signature: string | undefined, webhookSecret: string): { signed: false } | { signed: true; result: ChargeResult | null } {
  if (!signature) return { signed: false };
  let event: Stripe.Event;
  try {
    event = Stripe.webhooks.constructEvent(rawBody, signature, webhookSecret);
  } catch {
    return { signed: false };
  }
  if (!chargeEvents.has(event.type)) return { signed: true, result: null };
  const intent = event.data.object as Stripe.PaymentIntent;
  return { signed: true, result: intent.object === 'payment_intent' ? resultOf(intent) : null };
}

/**
 * The Stripe gateway of a company that chose Stripe and saved its keys; null otherwise.
 * The publishable key is optional to read webhooks, so only the secret keys are required here.
 */
export function stripeGatewayOfTenant(
  tenant: Pick<Tenant, 'payment_gateway' | 'stripe_secret_key' | 'stripe_publishable_key' | 'stripe_webhook_secret'>,
  apiUrl: string | undefined,
): PaymentGateway | null {
  if (tenant.payment_gateway !== 'stripe' || !tenant.stripe_secret_key || !tenant.stripe_webhook_secret) return null;
  return createStripeGateway({ secretKey: tenant.stripe_secret_key, publishableKey: tenant.stripe_publishable_key ?? '', webhookSecret: tenant.stripe_webhook_secret, apiUrl });
}

function apiAddress(apiUrl: string | undefined): { host?: string; port?: number; protocol?: 'http' | 'https' } {
  if (!apiUrl) return {};
  const url = new URL(apiUrl);
  const protocol = url.protocol === 'http:' ? 'http' : 'https';
  return { host: url.hostname, port: url.port ? Number(url.port) : protocol === 'http' ? 80 : 443, protocol };
}

/** A payment intent's state as billing reads it. */
export function resultOf(intent: Stripe.PaymentIntent): ChargeResult {
  const status = statusOf(intent);
  const lastError = intent.last_payment_error;
  return {
    paymentId: intent.id,
    status,
    nextActionUrl: status === 'requires_action' ? (intent.next_action?.redirect_to_url?.url ?? null) : null,
    failureCode: status === 'failed' ? (lastError?.decline_code ?? lastError?.code ?? (intent.status === 'canceled' ? 'canceled' : 'payment_failed')) : null,
    metadata: { ...intent.metadata },
  };
}

/**
 * A refund's state as billing reads it. Stripe answers most card refunds `succeeded` at once; a
 * `pending` one (or one waiting on the customer) is still under way, and a `failed` or `canceled`
 * one gave nothing back.
 */
export function refundResultOf(refund: Stripe.Refund): RefundResult {
  switch (refund.status) {
    case 'succeeded':
      return { refundId: refund.id, status: 'succeeded', failureCode: null };
    case 'failed':
    case 'canceled':
      return { refundId: refund.id, status: 'failed', failureCode: refund.failure_reason ?? refund.status };
    default:
      return { refundId: refund.id, status: 'pending', failureCode: null };
  }
}

function statusOf(intent: Stripe.PaymentIntent): ChargeStatus {
  switch (intent.status) {
    case 'succeeded':
      return 'succeeded';
    case 'processing':
    case 'requires_capture':
      return 'processing';
    case 'requires_action':
    case 'requires_confirmation':
      return 'requires_action';
    case 'requires_payment_method':
      // After an off-session attempt the bank wanted the customer to confirm: they still can.
      return intent.last_payment_error?.code === 'authentication_required' ? 'requires_action' : 'failed';
    case 'canceled':
      return 'failed';
    default:
      // A state newer than this adapter: not an answer yet, so billing asks again later.
      return 'processing';
  }
}

/** A card error from a charge: Stripe made the intent and says why it did not go through. */
function declineOf(error: InstanceType<typeof Stripe.errors.StripeCardError>, metadata: Record<string, string>): ChargeResult {
  const intent = error.payment_intent;
  if (error.code === 'authentication_required') {
    return {
      paymentId: intent?.id ?? '',
      status: 'requires_action',
      nextActionUrl: intent?.next_action?.redirect_to_url?.url ?? null,
      failureCode: null,
      metadata: intent ? { ...intent.metadata } : metadata,
    };
  }
  return {
    paymentId: intent?.id ?? '',
    status: 'failed',
    nextActionUrl: null,
    failureCode: error.decline_code ?? error.code ?? 'card_declined',
    metadata: intent ? { ...intent.metadata } : metadata,
  };
}
