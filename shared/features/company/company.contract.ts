import { z } from 'zod';
import { languageSchema } from '../../i18n/language-schema.ts';
import { errorKey } from '../../i18n/messages.ts';
import { timeZoneSchema } from '../locations/locations.contract.ts';

export const companyInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterCompanyName')).max(120, errorKey('validation.tooLong')).describe('The company’s own name, as the office knows it'),
  timeZone: timeZoneSchema.describe('The company’s time zone (IANA): office summaries and company-wide emails use its clock'),
  defaultLanguage: languageSchema.describe('For people who have not chosen a language and whose browser language Porter does not speak'),
  address: z
    .string()
    .trim()
    .max(500, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .describe('Postal address, shown to customers in the portal'),
});
export type CompanyInput = z.input<typeof companyInputSchema>;

export const companySchema = companyInputSchema.extend({ name: z.string(), timeZone: z.string(), address: z.string().nullable() });
export type Company = z.infer<typeof companySchema>;
