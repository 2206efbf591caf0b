import type { PaymentGatewayName } from '../../../db/schema.ts';

/**
 * A card processor as billing uses it. Porter never sees a card number: the browser hands it to
 * the gateway, and Porter keeps the gateway's token for the card, its brand, last four digits and
 * expiry. Two implementations: Stripe (its official SDK) and the test gateway (the demo's and the
 * tests', with card numbers that succeed, decline or ask for a second step).
 *
 * Every charge carries an idempotency key Porter stored before the call: asking again with the same
 * key answers the first charge instead of making another, which is how a retry, a double click or a
 * restart after a lost answer stays a single charge.
 */
export interface PaymentGateway {
  readonly name: PaymentGatewayName;
  /** The gateway's own record of the customer, made on first use; `existing` is returned as is. */
  ensureCustomer(input: { name: string; email: string | null; existing: string | null }): Promise<string>;
  /** Starts saving a card: what the browser needs to collect it on the gateway's side. */
  startCardSetup(input: { gatewayCustomerId: string }): Promise<CardSetup>;
  /** The card a set-up saved, or null while the customer has not finished it. */
  finishCardSetup(setupId: string): Promise<SavedCard | null>;
  /** Forgets a card at the gateway (after Porter removed it). */
  detachCard(token: string): Promise<void>;
  /** Charges a saved card, off-session. Declines are answers, not errors; a thrown error means the answer is unknown. */
  charge(input: ChargeInput): Promise<ChargeResult>;
  /** A charge's state now: after a second step, or to settle an attempt whose answer was lost. */
  retrieveCharge(paymentId: string): Promise<ChargeResult>;
  /**
   * Gives back part or all of a succeeded charge, with Porter's idempotency key: asked again with the
   * same key, answers the first refund. A refusal (more than is left, a card that cannot take it) is
   * an answer, `failed`; a thrown error means the answer is unknown.
   */
  refund(input: RefundInput): Promise<RefundResult>;
  /** A refund's state now, to settle one the gateway was still processing. */
  retrieveRefund(refundId: string): Promise<RefundResult>;
  /** A webhook's event, once its signature is checked; null when the signature is wrong or the event is of no interest. */
  readWebhook(rawBody: Buffer, signature: string | undefined): Promise<ChargeResult | null>;
}

export interface CardSetup {
  setupId: string;
  /** Handed to the browser's gateway script (Stripe.js), or to the test gateway's card form. */
  clientSecret: string;
  /** Stripe's publishable key; null for the test gateway. */
  publishableKey: string | null;
}

export interface SavedCard {
  token: string;
  /** Whose set-up saved it at the gateway: Porter stores it only for that customer. */
  gatewayCustomerId: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

export interface ChargeInput {
  idempotencyKey: string;
  amount: number;
  currency: string;
  gatewayCustomerId: string;
  cardToken: string;
  description: string;
  /** Porter's own ids, kept with the charge at the gateway (the attempt's id above all). */
  metadata: Record<string, string>;
  /** Where the customer comes back to after a second step (3-D Secure). */
  returnUrl: string;
}

export type ChargeStatus = 'succeeded' | 'requires_action' | 'processing' | 'failed';

export interface ChargeResult {
  paymentId: string;
  status: ChargeStatus;
  /** The page the customer must open to finish a second step; null unless `requires_action`. */
  nextActionUrl: string | null;
  /** The gateway's reason for a decline (card_declined, expired_card…); null otherwise. */
  failureCode: string | null;
  /** The metadata sent with the charge: a webhook names the attempt through it. */
  metadata: Record<string, string>;
}

export interface RefundInput {
  idempotencyKey: string;
  /** The charge given back: `ChargeResult.paymentId`. */
  paymentId: string;
  amount: number;
  /** Porter's own ids, kept with the refund at the gateway. */
  metadata: Record<string, string>;
}

/** `pending`: the gateway took the refund and is still processing it; ask again later. */
export type RefundStatus = 'succeeded' | 'pending' | 'failed';

export interface RefundResult {
  /** The gateway's id of the refund; null when it refused before making one. */
  refundId: string | null;
  status: RefundStatus;
  /** The gateway's reason for a refusal; null otherwise. */
  failureCode: string | null;
}
