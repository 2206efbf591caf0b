import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { portalSlugParamsSchema } from '../auth/portal-auth.contract.ts';
import { minorUnitsSchema } from '../../money-schema.ts';

/**
 * Cards on file, the default tip and autopay, as a customer's billing contacts manage them in the
 * portal. Porter keeps only the gateway's token (never sent here), brand, last four and expiry.
 */

export const paymentGatewayNames = ['test', 'stripe'] as const;
export const paymentGatewayNameSchema = z.enum(paymentGatewayNames);

/** A default tip above this (minor units) is taken as a typing mistake. */
export const maxDefaultTip = 50_000;

export const billingLocationParamsSchema = portalSlugParamsSchema.extend({ locationId: z.string().min(1).max(64) });
export const cardParamsSchema = billingLocationParamsSchema.extend({ cardId: z.string().min(1).max(64) });

export const cardSchema = z.object({
  id: z.string(),
  brand: z.string().describe('visa, mastercard, amex… as the gateway names it'),
  last4: z.string(),
  expMonth: z.number().int(),
  expYear: z.number().int(),
  isDefault: z.boolean().describe('The card payments use unless another is chosen'),
  addedAt: z.string(),
});
export type Card = z.infer<typeof cardSchema>;

export const cardListSchema = z.object({
  items: z.array(cardSchema).describe('The default card first, then the newest'),
  gateway: paymentGatewayNameSchema,
  test: z.boolean().describe('True for the built-in test gateway: no real card is charged'),
});
export type CardList = z.infer<typeof cardListSchema>;

export const cardSetupSchema = z.object({
  setupId: z.string(),
  clientSecret: z.string().describe('Handed to the gateway’s card form, never back to Porter’s billing routes'),
  publishableKey: z.string().nullable(),
  gateway: paymentGatewayNameSchema,
});
export type CardSetup = z.infer<typeof cardSetupSchema>;

export const finishCardSetupSchema = z.object({
  setupId: z.string({ error: errorKey('validation.required') }).min(1, errorKey('validation.required')).max(200, errorKey('validation.tooLong')),
});
export type FinishCardSetup = z.infer<typeof finishCardSetupSchema>;

export const defaultTipSchema = z.object({
  amount: minorUnitsSchema({ max: maxDefaultTip })
    .describe('Minor units of the company’s currency added to each new invoice; 0 for none'),
});
export type DefaultTip = z.infer<typeof defaultTipSchema>;

export const defaultTipStateSchema = defaultTipSchema.extend({ currency: z.string() });
export type DefaultTipState = z.infer<typeof defaultTipStateSchema>;

export const autopayInputSchema = z.object({ enrolled: z.boolean({ error: errorKey('validation.required') }) });
export type AutopayInput = z.infer<typeof autopayInputSchema>;

export const autopayStateSchema = z.object({
  enrolled: z.boolean(),
  since: z.string().nullable().describe('When the customer enrolled'),
  hasCard: z.boolean().describe('Enrolling needs a card on file'),
  scheduledVisits: z.number().int().describe('Scheduled visits now paid by autopay'),
});
export type AutopayState = z.infer<typeof autopayStateSchema>;
