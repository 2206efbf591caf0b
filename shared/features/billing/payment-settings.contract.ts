import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

export const paymentGateways = ['test', 'stripe'] as const;
export type PaymentGatewayChoice = (typeof paymentGateways)[number];

/** The Stripe keys a company pastes in, by field: written, never read back. */
export const stripeKeyFields = ['stripePublishableKey', 'stripeSecretKey', 'stripeWebhookSecret'] as const;
export type StripeKeyField = (typeof stripeKeyFields)[number];

/** How each key starts, as Stripe issues them: a key pasted into the wrong box is caught here. */
export const stripeKeyPatterns: Record<StripeKeyField, RegExp> = {
  stripePublishableKey: /^pk_(test|live)_[A-Za-z0-9]+$/,
  stripeSecretKey: /^(sk|rk)_(test|live)_[A-Za-z0-9]+$/,
  stripeWebhookSecret: /^whsec_[A-Za-z0-9+/=]+$/,
};

const stripeKey = (field: StripeKeyField) =>
  z
    .string()
    .trim()
    .max(255, errorKey('validation.tooLong'))
    .refine((value) => value === '' || stripeKeyPatterns[field].test(value), errorKey('validation.invalid'))
    .optional();

/** What an admin saves under Settings → Payments. An empty or absent key keeps the stored one. */
export const paymentSettingsSchema = z.object({
  gateway: z.enum(paymentGateways, { error: errorKey('validation.required') }).describe('`test`: the built-in test gateway (no real money); `stripe`: the company’s Stripe account'),
  stripePublishableKey: stripeKey('stripePublishableKey').describe('pk_live_… or pk_test_…; empty keeps the stored one'),
  stripeSecretKey: stripeKey('stripeSecretKey').describe('sk_… or a restricted rk_… key; empty keeps the stored one; never read back'),
  stripeWebhookSecret: stripeKey('stripeWebhookSecret').describe('The signing secret (whsec_…) of the webhook endpoint made in Stripe for the address shown; empty keeps the stored one; never read back'),
  autopayChargeOnSend: z.boolean({ error: errorKey('validation.required') }).describe('Sending an invoice of a customer on autopay charges their card at once; off: the office charges them from its list'),
});
export type PaymentSettingsInput = z.input<typeof paymentSettingsSchema>;

/** What the office reads back: which keys are set, never their values. */
export const paymentSettingsResponseSchema = z.object({
  gateway: z.enum(paymentGateways),
  stripePublishableKeySet: z.boolean(),
  stripeSecretKeySet: z.boolean(),
  stripeWebhookSecretSet: z.boolean(),
  autopayChargeOnSend: z.boolean(),
  webhookUrl: z.string().describe('The address to give Stripe for its webhook endpoint (events payment_intent.succeeded, payment_intent.payment_failed, payment_intent.requires_action)'),
});
export type PaymentSettings = z.infer<typeof paymentSettingsResponseSchema>;
