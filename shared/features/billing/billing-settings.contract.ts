import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** How completed visits become invoices: one per visit, or one per customer for a period's visits. */
export const invoiceGroupingSchema = z.enum(['visit', 'period']);
export type InvoiceGroupingChoice = z.infer<typeof invoiceGroupingSchema>;

export const minDueDays = 1;
export const maxDueDays = 120;

export const billingSettingsSchema = z.object({
  invoiceGrouping: invoiceGroupingSchema.describe('visit: an invoice per completed visit; period: one per customer for the chosen dates'),
  invoiceDueDays: z
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(minDueDays, errorKey('validation.atLeast'))
    .max(maxDueDays, errorKey('validation.atMost'))
    .describe('Days from sending an invoice to its due date'),
});
export type BillingSettings = z.infer<typeof billingSettingsSchema>;
