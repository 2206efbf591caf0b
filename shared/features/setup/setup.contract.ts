import { z } from 'zod';
import { emailSchema, newPasswordSchema } from '../auth/auth.contract.ts';

export const tenantSlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2, 'Use at least 2 characters')
  .max(40, 'Use at most 40 characters')
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes, e.g. "sparkle-cleaning"');

export const setupStatusSchema = z.object({
  needed: z.boolean().describe('True until the first company and its owner exist'),
});

export const setupBodySchema = z.object({
  setupCode: z.string().trim().min(1, 'Enter the setup code printed on the server console').max(100),
  companyName: z.string().trim().min(2, 'Enter the company name').max(120, 'Use at most 120 characters'),
  slug: tenantSlugSchema.describe('Portal address: customers sign in at /portal/<slug>'),
  ownerName: z.string().trim().min(1, 'Enter your name').max(120, 'Use at most 120 characters'),
  ownerEmail: emailSchema,
  password: newPasswordSchema,
});
export type SetupBody = z.infer<typeof setupBodySchema>;
