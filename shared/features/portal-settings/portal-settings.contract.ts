import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

export const socialNetworks = ['website', 'facebook', 'instagram', 'linkedin', 'x', 'youtube'] as const;
export type SocialNetwork = (typeof socialNetworks)[number];

const httpUrl = z.url({ protocol: /^https?$/, error: errorKey('validation.socialAddress') }).max(300);

export const socialLinksSchema = z.object(
  Object.fromEntries(socialNetworks.map((n) => [n, httpUrl.nullable().optional()])) as Record<SocialNetwork, z.ZodOptional<z.ZodNullable<typeof httpUrl>>>,
);

export const portalSettingsSchema = z.object({
  portalEnabled: z.boolean().describe('The company-wide switch: off, no customer can sign in'),
  displayName: z.string().trim().min(1, errorKey('validation.enterDisplayName')).max(120, errorKey('validation.tooLong')),
  brandColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, errorKey('validation.brandColor'))
    .describe('Accent colour of the portal'),
  contactEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .transform((v) => (v === '' ? null : v))
    .pipe(z.email(errorKey('validation.officeEmailExample')).nullable())
    .nullable()
    .describe('Shown in the portal’s contact menu'),
  contactPhone: z
    .string()
    .trim()
    .max(40)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .describe('Shown in the portal’s contact menu'),
  socialLinks: socialLinksSchema,
  requestsAllowed: z.boolean().describe('Customers may send requests'),
  showOpenRequests: z.boolean().describe('Customers see their open requests'),
  showClosedRequests: z.boolean().describe('Customers see their closed requests'),
  defaultRequestAssigneeId: z.string().nullable().describe('Staff member new requests go to; null: the location’s assigned manager'),
  allowPrepayments: z.boolean().describe('Customers may pay ahead; prepayments sit as credit'),
  customersManageNotifications: z.boolean().describe('Customers may change their contacts and reminders'),
});
export type PortalSettings = z.infer<typeof portalSettingsSchema>;
export type PortalSettingsInput = z.input<typeof portalSettingsSchema>;

/** What the office reads back: the same fields as plain values (a response schema must not transform). */
export const portalSettingsResponseSchema = z.object({
  portalEnabled: z.boolean(),
  displayName: z.string(),
  brandColor: z.string(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  socialLinks: z.object(Object.fromEntries(socialNetworks.map((n) => [n, z.string().nullable()])) as Record<SocialNetwork, z.ZodNullable<z.ZodString>>),
  requestsAllowed: z.boolean(),
  showOpenRequests: z.boolean(),
  showClosedRequests: z.boolean(),
  defaultRequestAssigneeId: z.string().nullable(),
  allowPrepayments: z.boolean(),
  customersManageNotifications: z.boolean(),
  logoUrl: z.string().nullable().describe('Where the uploaded logo is served, or null'),
  portalUrl: z.string().describe('The address customers sign in at'),
  assignees: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })).describe('Staff who may receive requests'),
});
export type PortalSettingsResponse = z.infer<typeof portalSettingsResponseSchema>;

/** Logo uploads: PNG, JPEG or WebP up to this size; stored re-encoded without metadata. */
export const logoMaxBytes = 2 * 1024 * 1024;
