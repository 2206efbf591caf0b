import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { staffRoleSchema } from '../../role-schema.ts';
import { portalFeatures, type PortalFeature } from './locations.values.ts';

export { portalFeatures, type PortalFeature };

/**
 * What a location's portal starts with when it is switched on with every feature off: a customer
 * invited to an empty portal would find nothing to do.
 */
export const startingPortalFeatures: readonly PortalFeature[] = ['serviceRequests', 'feedback'];

export const portalFeatureFlagsSchema = z.object(
  Object.fromEntries(portalFeatures.map((f) => [f, z.boolean()])) as Record<PortalFeature, z.ZodBoolean>,
);
export type PortalFeatureFlags = z.infer<typeof portalFeatureFlagsSchema>;

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1, errorKey('validation.chooseTimeZone'))
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, errorKey('validation.timeZoneFromList'));

export const locationInputSchema = z.object({
  name: z.string().trim().min(1, errorKey('validation.enterLocationName')).max(160, errorKey('validation.nameTooLong')),
  address: z.string().trim().min(1, errorKey('validation.enterAddress')).max(300, errorKey('validation.addressTooLong')),
  timeZone: timeZoneSchema.describe('IANA time zone, e.g. America/Chicago; visit times show in it'),
  accessNotes: z
    .string()
    .trim()
    .max(2000, errorKey('validation.accessNotesTooLong'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .describe('Alarm codes, key pick-up, parking: for staff only'),
});
export type LocationInput = z.input<typeof locationInputSchema>;

export const locationListQuerySchema = z.object({
  q: z.string().trim().max(100).optional().describe('Matches location name, address or customer name'),
  customerId: z.string().max(64).optional().describe('Only this customer’s locations'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const locationListItemSchema = z.object({
  id: z.string(),
  name: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  address: z.string(),
  timeZone: z.string(),
  portalEnabled: z.boolean(),
});

export const locationListSchema = z.object({
  items: z.array(locationListItemSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type LocationList = z.infer<typeof locationListSchema>;

export const locationDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  customerArchived: z.boolean(),
  address: z.string(),
  timeZone: z.string(),
  accessNotes: z.string().nullable(),
  portalEnabled: z.boolean().describe('Whether this location is offered in the customer portal'),
  features: portalFeatureFlagsSchema,
  portalUsers: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })).describe('Portal users granted this location'),
  createdAt: z.string(),
});
export type LocationDetail = z.infer<typeof locationDetailSchema>;

export const locationPortalInputSchema = z.object({
  portalEnabled: z.boolean(),
  features: portalFeatureFlagsSchema,
});
export type LocationPortalInput = z.infer<typeof locationPortalInputSchema>;

export const notificationStyles = ['none', 'email', 'text'] as const;
export const notificationStyleSchema = z.enum(notificationStyles);
export type NotificationStyle = z.infer<typeof notificationStyleSchema>;

export const assignmentSchema = z.object({
  staffId: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
  assigned: z.boolean(),
  trained: z.boolean(),
  notificationStyle: notificationStyleSchema.nullable().describe('Only when assigned and trained; null otherwise'),
  canReceiveTexts: z.boolean().describe('False when the staff profile lacks a mobile number or carrier'),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export const assignmentListSchema = z.object({ items: z.array(assignmentSchema) });

export const assignmentInputSchema = z.object({
  assigned: z.boolean(),
  trained: z.boolean(),
  notificationStyle: notificationStyleSchema.optional().describe('Ignored (reset to none) unless assigned and trained'),
});

export const assignmentParamsSchema = z.object({ id: z.string().min(1).max(64), staffId: z.string().min(1).max(64) });

export const viewAsInputSchema = z.object({ portalUserId: z.string().min(1, errorKey('validation.choosePortalUser')) });
export const viewAsResultSchema = z.object({ portalUrl: z.string().describe('Open this address to see the portal as the customer does') });
