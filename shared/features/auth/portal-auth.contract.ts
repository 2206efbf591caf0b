import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { languageSchema } from '../../i18n/language-schema.ts';
import { portalFeatureFlagsSchema } from '../locations/locations.contract.ts';
import { socialNetworks } from '../portal-settings/portal-settings.contract.ts';
import { emailSchema, newPasswordSchema, companySummarySchema } from './auth.contract.ts';
import { portalSlugMaxLength, portalSlugPattern, tokenLength } from './portal-auth.values.ts';

export const portalSlugParamsSchema = z.object({
  slug: z
    .string()
    .min(1)
    .max(portalSlugMaxLength)
    .regex(portalSlugPattern, errorKey('validation.portalAddress'))
    .describe('The company’s portal address, e.g. "demo"'),
});

export const portalBrandingSchema = z.object({
  brandColor: z.string().describe('Accent colour, #RRGGBB'),
  logoUrl: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  address: z.string().nullable().describe('The company’s postal address, from Settings → Company'),
  socialLinks: z.array(z.object({ network: z.enum(socialNetworks), url: z.string() })),
});
export type PortalBranding = z.infer<typeof portalBrandingSchema>;

export const portalInfoSchema = z.object({
  company: companySummarySchema,
  portalEnabled: z.boolean().describe('False when the company has switched its customer portal off'),
  branding: portalBrandingSchema,
});
export type PortalInfo = z.infer<typeof portalInfoSchema>;

export const portalLocationSchema = z.object({
  id: z.string(),
  customerId: z.string(),
  name: z.string().describe('Site or home name'),
  address: z.string().describe('One-line address'),
  timeZone: z.string(),
  features: portalFeatureFlagsSchema.describe('Which portal features are on at this location'),
  hasCleaningPlan: z.boolean().describe('The office has written down what is cleaned here: the portal offers What we clean'),
});
export type PortalLocation = z.infer<typeof portalLocationSchema>;

export const portalCustomerSchema = z.object({
  id: z.string(),
  name: z.string(),
  type: z.enum(['commercial', 'residential']),
  isBillingContact: z.boolean(),
});

export const portalMeSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    pendingEmail: z.string().nullable().describe('A new address waiting for confirmation'),
    requestStatusEmails: z.boolean().describe('Whether we email them when one of their requests changes status; replies are always emailed'),
    language: languageSchema.nullable().describe('Their own choice; null: their browser’s language, else the company’s'),
  }),
  company: companySummarySchema,
  branding: portalBrandingSchema,
  customers: z.array(portalCustomerSchema).describe('Accounts this person may act for'),
  locations: z.array(portalLocationSchema).describe('Locations granted to this person whose portal is on'),
  viewAs: z
    .object({ staffName: z.string() })
    .nullable()
    .describe('Set when a staff member is looking at the portal as this customer, read-only'),
});
export type PortalMe = z.infer<typeof portalMeSchema>;

export const acceptInvitationBodySchema = z.object({
  token: z.string().min(20).max(200).describe('The token from the invitation email'),
  password: newPasswordSchema,
});

export const portalAccountInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterYourName')).max(120, errorKey('validation.tooLong')),
  phone: z
    .string()
    .trim()
    .max(40, errorKey('validation.tooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable(),
  requestStatusEmails: z.boolean().optional().describe('Email me when one of my requests changes status (replies from the office are always emailed); left out, it stays as it is'),
});

export const emailChangeBodySchema = z.object({
  newEmail: emailSchema.describe('We send a confirmation link to this address; the change takes effect when it is opened'),
  currentPassword: z.string().min(1, errorKey('validation.enterCurrentPassword')).max(200),
});

export const tokenBodySchema = z.object({ token: z.string().min(tokenLength.min).max(tokenLength.max) });
