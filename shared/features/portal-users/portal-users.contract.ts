import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { emailSchema } from '../auth/auth.contract.ts';

export const portalUserStates = ['not_invited', 'invited', 'active', 'locked'] as const;
export const portalUserStateSchema = z
  .enum(portalUserStates)
  .describe('not_invited: added, no email sent; invited: invitation sent, no password yet; active: has signed in or set a password; locked: access revoked');
export type PortalUserState = z.infer<typeof portalUserStateSchema>;

export const portalUserInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterPersonName')).max(120, errorKey('validation.nameTooLong')),
  email: emailSchema.describe('They sign in with this address; one person may be a portal user of several customers'),
  phone: z
    .string()
    .trim()
    .max(40, errorKey('validation.phoneTooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  locationIds: z.array(z.string().min(1)).min(1, errorKey('validation.chooseVisibleLocations')).max(500),
  isBillingContact: z.boolean().default(false).describe('Billing contacts will see and pay invoices; site contacts see operations only'),
});
export type PortalUserInput = z.input<typeof portalUserInputSchema>;

export const portalUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  phone: z.string().nullable(),
  state: portalUserStateSchema,
  invitedAt: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  lockedAt: z.string().nullable(),
  isBillingContact: z.boolean(),
  locations: z.array(z.object({ id: z.string(), name: z.string() })).describe('This customer’s locations the person may see'),
  otherCustomerCount: z.number().int().describe('Other customers of the company this person is also a portal user of'),
});
export type PortalUser = z.infer<typeof portalUserSchema>;

export const portalUserListSchema = z.object({ items: z.array(portalUserSchema) });

export const customerPortalUserParamsSchema = z.object({ id: z.string().min(1).max(64), portalUserId: z.string().min(1).max(64) });
