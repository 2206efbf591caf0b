import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/**
 * The test gateway's browser-facing routes, standing in for a card processor's own script and pages:
 * the card number is posted here and only here, never to Porter's billing routes.
 */

export const testSetupParamsSchema = z.object({ id: z.string().min(1).max(100) });
export const testPaymentParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const confirmTestSetupSchema = z.object({
  clientSecret: z.string({ error: errorKey('validation.required') }).min(1, errorKey('validation.required')).max(300, errorKey('validation.tooLong')),
  number: z.string({ error: errorKey('validation.required') }).trim().min(1, errorKey('validation.required')).max(30, errorKey('validation.tooLong')),
  expMonth: z.number({ error: errorKey('validation.number') }).int(errorKey('validation.wholeNumber')).min(1, errorKey('validation.atLeast')).max(12, errorKey('validation.atMost')),
  expYear: z.number({ error: errorKey('validation.number') }).int(errorKey('validation.wholeNumber')).min(2000, errorKey('validation.atLeast')).max(2100, errorKey('validation.atMost')),
  cvc: z.string({ error: errorKey('validation.required') }).regex(/^\d{3,4}$/, errorKey('validation.invalid')),
});
export type ConfirmTestSetup = z.infer<typeof confirmTestSetupSchema>;

export const testSetupConfirmedSchema = z.object({ setupId: z.string(), status: z.literal('succeeded') });

export const authenticateTestPaymentSchema = z.object({ approve: z.boolean({ error: errorKey('validation.required') }) });

export const testPaymentSchema = z.object({
  id: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  description: z.string(),
  status: z.enum(['succeeded', 'requires_action', 'processing', 'failed']),
  returnUrl: z.string().describe('Where the customer goes back to after answering'),
  last4: z.string().nullable(),
});
export type TestPayment = z.infer<typeof testPaymentSchema>;
