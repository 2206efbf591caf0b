import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { minorUnitsSchema } from '../../money-schema.ts';

/** More lines than this on one invoice or quote is taken as a mistake. */
export const maxLines = 100;
/** The most of anything one line may count: 10,000 (in hundredths). */
export const maxQuantity = 1_000_000;
/** The highest tax rate accepted: 100% (in hundredths of a percent). */
export const maxTaxRate = 10_000;

const minor = (what: string) =>
  minorUnitsSchema().describe(what);

/** A line as the office writes it on an invoice or a quote. */
export const lineInputSchema = z.object({
  description: z.string().trim().min(1, errorKey('validation.required')).max(300, errorKey('validation.tooLong')),
  quantity: z
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(1, errorKey('validation.atLeast'))
    .max(maxQuantity, errorKey('validation.atMost'))
    .describe('Hundredths: 150 is 1.5'),
  unitPrice: minor('Minor units of the company’s currency'),
  discount: minor('An amount off this line, in minor units').default(0),
  taxRateId: z.string().min(1).max(64).nullable().default(null).describe('One of the company’s tax rates; null for none'),
});
export type LineInput = z.input<typeof lineInputSchema>;

export const linesInputSchema = z.array(lineInputSchema).min(1, errorKey('validation.chooseAtLeastOne')).max(maxLines, errorKey('validation.chooseAtMost'));

/** A stored line, with its figures as they were worked out when it was written. */
export const lineSchema = z.object({
  id: z.string(),
  description: z.string(),
  quantity: z.number(),
  unitPrice: z.number(),
  discount: z.number(),
  taxRateId: z.string().nullable(),
  taxRate: z.number().describe('Hundredths of a percent'),
  taxName: z.string().nullable(),
  net: z.number(),
  tax: z.number(),
});
export type Line = z.infer<typeof lineSchema>;

export const documentTotalsSchema = z.object({
  currency: z.string(),
  subtotal: z.number(),
  discountTotal: z.number(),
  taxTotal: z.number(),
  total: z.number(),
});

export const taxRateInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.required')).max(60, errorKey('validation.tooLong')),
  rate: z
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(0, errorKey('validation.atLeast'))
    .max(maxTaxRate, errorKey('validation.atMost'))
    .describe('Hundredths of a percent: 2000 is 20%'),
  active: z.boolean().default(true).describe('Only active rates are offered for new lines'),
});
export type TaxRateInput = z.input<typeof taxRateInputSchema>;

export const taxRateSchema = z.object({ id: z.string(), name: z.string(), rate: z.number(), active: z.boolean() });
export type TaxRate = z.infer<typeof taxRateSchema>;
export const taxRateListSchema = z.object({ items: z.array(taxRateSchema) });
