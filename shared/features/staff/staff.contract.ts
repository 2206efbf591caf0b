import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { mobileCarrierIds } from '../../carriers.ts';
import { staffRoleSchema } from '../../role-schema.ts';
import { staffRoles } from '../../roles.ts';
import { emailSchema, newPasswordSchema } from '../auth/auth.contract.ts';

export const mobileCarrierSchema = z.enum(mobileCarrierIds);

/**
 * A mobile's carrier, whose email-to-text gateway carries its texts: staff members' and customers'
 * contacts' alike. Checked with `requireOtherCarrierDomain`.
 */
export const carrierFields = {
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
};

const profileFields = {
  name: z.string().trim().min(1, errorKey('validation.enterYourName')).max(120, errorKey('validation.tooLong')),
  mobilePhone: z
    .string()
    .trim()
    .max(40, errorKey('validation.tooLong'))
    .refine((v) => v === '' || v.replace(/\D/g, '').length >= 7, errorKey('validation.fullMobileNumber'))
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  ...carrierFields,
};

/** The carrier "other" needs the gateway's domain. */
export function requireOtherCarrierDomain(value: { mobileCarrier?: string | null; mobileCarrierDomain?: string | null }, ctx: z.RefinementCtx): void {
  if (value.mobileCarrier === 'other' && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value.mobileCarrierDomain ?? '')) {
    ctx.addIssue({ code: 'custom', path: ['mobileCarrierDomain'], message: errorKey('validation.carrierDomain') });
  }
}

export const staffProfileInputSchema = z.object(profileFields).superRefine(requireOtherCarrierDomain);
export type StaffProfileInput = z.input<typeof staffProfileInputSchema>;

export const staffStates = ['invited', 'active', 'deactivated'] as const;
export const staffStateSchema = z
  .enum(staffStates)
  .describe('invited: no password yet (the invitation link sets it); active: can sign in; deactivated: kept on file, refused everywhere');
export type StaffState = z.infer<typeof staffStateSchema>;

export const staffMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
  state: staffStateSchema,
  invitedAt: z.string().nullable().describe('When the newest invitation was sent'),
  deactivatedAt: z.string().nullable(),
  mobilePhone: z.string().nullable(),
  mobileCarrier: mobileCarrierSchema.nullable(),
  mobileCarrierDomain: z.string().nullable(),
  textAddress: z.string().nullable().describe('Where texts are sent (number@gateway), or null when incomplete'),
  lastLoginAt: z.string().nullable(),
  photoVersion: z.string().nullable().describe('Changes with each new photo the person adds; null while they have none'),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffListSchema = z.object({ items: z.array(staffMemberSchema) });

export const staffRoleInputSchema = z.object({ role: staffRoleSchema });

export const addStaffInputSchema = z
  .object({
    ...profileFields,
    name: z.string().trim().min(1, errorKey('validation.enterPersonName')).max(120, errorKey('validation.tooLong')),
    email: emailSchema.describe('They sign in with this address; it is emailed a link to choose a password'),
    role: z.enum(staffRoles, errorKey('validation.chooseRole')),
    mobilePhone: profileFields.mobilePhone.optional().transform((v) => v ?? null),
    mobileCarrier: profileFields.mobileCarrier.optional().transform((v) => v ?? null),
  })
  .superRefine(requireOtherCarrierDomain);
export type AddStaffInput = z.input<typeof addStaffInputSchema>;

export const staffEmailInputSchema = z.object({
  email: emailSchema.describe('The new sign-in address; links sent to the old one stop working'),
});
export type StaffEmailInput = z.input<typeof staffEmailInputSchema>;

export const acceptStaffInvitationBodySchema = z.object({
  token: z.string().min(20).max(200).describe('The token from the invitation email'),
  password: newPasswordSchema.describe('The password to sign in with from now on'),
});
export type AcceptStaffInvitationBody = z.input<typeof acceptStaffInvitationBodySchema>;
