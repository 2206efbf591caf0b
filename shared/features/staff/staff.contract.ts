import { z } from 'zod';
import { mobileCarrierIds } from '../../carriers.ts';
import { staffRoleSchema } from '../../roles.ts';

export const mobileCarrierSchema = z.enum(mobileCarrierIds);

export const staffProfileInputSchema = z
  .object({
    name: z.string().trim().min(1, 'Enter your name').max(120, 'Use at most 120 characters'),
    mobilePhone: z
      .string()
      .trim()
      .max(40, 'Use at most 40 characters')
      .refine((v) => v === '' || v.replace(/\D/g, '').length >= 7, 'Enter the full mobile number, with area code')
      .transform((v) => (v === '' ? null : v))
      .nullable(),
    mobileCarrier: mobileCarrierSchema.nullable().describe('Texts go to the carrier’s email-to-text gateway'),
    mobileCarrierDomain: z
      .string()
      .trim()
      .toLowerCase()
      .max(100)
      .transform((v) => (v === '' ? null : v))
      .nullable()
      .optional()
      .describe('Gateway domain when the carrier is "other", e.g. sms.example.net'),
  })
  .superRefine((value, ctx) => {
    if (value.mobileCarrier === 'other' && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value.mobileCarrierDomain ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['mobileCarrierDomain'], message: 'Enter the carrier’s gateway domain, like sms.example.net' });
    }
  });
export type StaffProfileInput = z.input<typeof staffProfileInputSchema>;

export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
  mobilePhone: z.string().nullable(),
  mobileCarrier: mobileCarrierSchema.nullable(),
  mobileCarrierDomain: z.string().nullable(),
  textAddress: z.string().nullable().describe('Where texts are sent (number@gateway), or null when incomplete'),
  lastLoginAt: z.string().nullable(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffListSchema = z.object({ items: z.array(staffMemberSchema) });

export const staffRoleInputSchema = z.object({ role: staffRoleSchema });
