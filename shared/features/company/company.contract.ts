import { z } from 'zod';
import { languageSchema } from '../../i18n/languages.ts';
import { timeZoneSchema } from '../locations/locations.contract.ts';

export const companyInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the company’s name').max(120, 'Use at most 120 characters').describe('The company’s own name, as the office knows it'),
  timeZone: timeZoneSchema.describe('The company’s time zone (IANA): office summaries and company-wide emails use its clock'),
  defaultLanguage: languageSchema.describe('For people who have not chosen a language and whose browser language Porter does not speak'),
  address: z
    .string()
    .trim()
    .max(500, 'Use at most 500 characters')
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .describe('Postal address, shown to customers in the portal'),
});
export type CompanyInput = z.input<typeof companyInputSchema>;

export const companySchema = companyInputSchema.extend({ name: z.string(), timeZone: z.string(), address: z.string().nullable() });
export type Company = z.infer<typeof companySchema>;
