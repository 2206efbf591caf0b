import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { emailSchema, newPasswordSchema } from '../auth/auth.contract.ts';

export const companySlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, errorKey('validation.tooShort'))
  .max(40, errorKey('validation.tooLong'))
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, errorKey('validation.slug'));

export const setupStatusSchema = z.object({
  needed: z.boolean().describe('True until the first company and its owner exist'),
});

export const setupBodySchema = z.object({
  setupCode: z.string().trim().min(1, errorKey('validation.enterSetupCode')).max(100),
  companyName: z.string().trim().min(2, errorKey('validation.enterCompanyName')).max(120, errorKey('validation.tooLong')),
  slug: companySlugSchema.describe('Portal address: customers sign in at /portal/<slug>'),
  ownerName: z.string().trim().min(1, errorKey('validation.enterYourName')).max(120, errorKey('validation.tooLong')),
  ownerEmail: emailSchema,
  password: newPasswordSchema,
});
export type SetupBody = z.infer<typeof setupBodySchema>;
