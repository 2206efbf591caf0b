import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { clientIdSchema, maxClockAheadMinutes, maxOfflineHours } from '../../offline-writes.ts';
import { attachmentIdsSchema, attachmentSchema, maxAttachmentsPerMessage } from '../attachments/attachments.contract.ts';

/** The scale a company rates areas on: 1 to 5, or pass (1) and fail (0). */
export const inspectionScales = ['five_point', 'pass_fail'] as const;
export const inspectionScaleSchema = z.enum(inspectionScales);
export type InspectionScale = z.infer<typeof inspectionScaleSchema>;

/** The ratings each scale allows, lowest first. */
export const scaleRatings: Record<InspectionScale, readonly number[]> = { five_point: [1, 2, 3, 4, 5], pass_fail: [0, 1] };

export const maxInspectionCommentLength = 2000;
/** The score trend shows this many of a location's latest inspections. */
export const trendLength = 12;

const idSchema = z.string().min(1).max(64);
const commentSchema = z
  .string()
  .trim()
  .max(maxInspectionCommentLength, errorKey('validation.keepUnder'))
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const inspectionAreaInputSchema = z.object({
  areaId: idSchema.describe('An area of the location’s cleaning plan'),
  rating: z.number({ error: errorKey('validation.chooseRating') }).int().min(0).max(5).nullable().describe('On the company’s scale: 1–5, or 1 pass and 0 fail; null when not rated'),
  comment: commentSchema,
  attachmentIds: attachmentIdsSchema.describe('Photos uploaded beforehand'),
});

export const createInspectionSchema = z.object({
  locationId: idSchema,
  visitId: idSchema.nullable().optional().describe('The visit inspected, if any'),
  note: commentSchema.describe('A comment on the inspection as a whole'),
  areas: z.array(inspectionAreaInputSchema).max(100, errorKey('validation.chooseAtMost')),
});
export type CreateInspection = z.input<typeof createInspectionSchema>;

/** The office's inspection, which the field app may keep on the phone without a signal and send later. */
export const officeInspectionSchema = createInspectionSchema.extend({
  clientId: clientIdSchema.optional(),
  inspectedAt: z.iso
    .datetime({ error: errorKey('validation.date') })
    .optional()
    .describe(`When it was filled in, by the device's clock: an inspection kept without a signal counts from then, up to ${maxOfflineHours} hours back and ${maxClockAheadMinutes} minutes ahead of the server's clock (never later than the server's now). Left out, the server's own time`),
});
export type OfficeInspection = z.input<typeof officeInspectionSchema>;

/** An area holds as many photos as one upload form may attach, however they arrive. */
export const maxPhotosPerArea = maxAttachmentsPerMessage;

/** The text fields of a photo sent after its inspection from the field app's queue (multipart, with the image in `file`). */
export const queuedInspectionPhotoFieldsSchema = z.object({
  clientId: clientIdSchema.describe('The photo’s own device-made id: sending it again attaches nothing twice'),
  area: z.coerce
    .number({ error: errorKey('validation.number') })
    .int(errorKey('validation.wholeNumber'))
    .min(0, errorKey('validation.atLeast'))
    .max(99, errorKey('validation.atMost'))
    .describe('The area’s position on the form, from 0'),
});

/** What the form needs: the scale, and the areas of the location's cleaning plan, in order. */
export const inspectionFormSchema = z.object({
  locationId: z.string(),
  locationName: z.string(),
  customerName: z.string(),
  scale: inspectionScaleSchema,
  areas: z.array(z.object({ areaId: z.string(), name: z.string() })),
});
export type InspectionForm = z.infer<typeof inspectionFormSchema>;

export const inspectionAreaSchema = z.object({
  id: z.string(),
  name: z.string().describe('The area’s name when it was inspected'),
  rating: z.number().int().nullable(),
  comment: z.string().nullable(),
  photos: z.array(attachmentSchema),
});

export const inspectionSummarySchema = z.object({
  id: z.string(),
  locationId: z.string(),
  locationName: z.string(),
  locationTimeZone: z.string().describe('The location’s time zone (IANA): its times are shown on that clock'),
  customerId: z.string(),
  customerName: z.string(),
  visitId: z.string().nullable(),
  scale: inspectionScaleSchema.describe('The scale the inspection was rated on'),
  score: z.number().int().nullable().describe('0–100 from the rated areas; null when no area was rated'),
  ratedAreas: z.number().int(),
  areaCount: z.number().int(),
  inspectorName: z.string(),
  byCustomer: z.boolean().describe('Filled in by one of the customer’s portal users'),
  inspectedAt: z.string(),
});
export type InspectionSummary = z.infer<typeof inspectionSummarySchema>;

export const inspectionSchema = inspectionSummarySchema.extend({
  note: z.string().nullable(),
  areas: z.array(inspectionAreaSchema),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const inspectionsQuerySchema = z.object({
  locationId: z.string().max(64).optional(),
  customerId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const inspectionListSchema = z.object({ items: z.array(inspectionSummarySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type InspectionList = z.infer<typeof inspectionListSchema>;

export const scorePointSchema = z.object({ inspectionId: z.string(), inspectedAt: z.string(), score: z.number().int() });
export type ScorePoint = z.infer<typeof scorePointSchema>;

/** A location's latest scored inspections, oldest first. */
export const locationTrendSchema = z.object({
  locationId: z.string(),
  locationName: z.string(),
  locationTimeZone: z.string(),
  customerName: z.string(),
  points: z.array(scorePointSchema),
});
export type LocationTrend = z.infer<typeof locationTrendSchema>;
export const locationTrendsSchema = z.object({ locations: z.array(locationTrendSchema) });
export const trendsQuerySchema = inspectionsQuerySchema.pick({ locationId: true, customerId: true });

export const inspectionSettingsSchema = z.object({
  scale: inspectionScaleSchema.describe('Rate areas 1–5, or pass or fail'),
  customersInspectVisits: z.boolean().describe('Portal users may inspect a completed visit at their location'),
});
export type InspectionSettings = z.infer<typeof inspectionSettingsSchema>;

/** The portal's page of a location's quality checks: whether this person may inspect, and which visits. */
export const portalInspectableVisitsSchema = z.object({
  visits: z.array(z.object({ id: z.string(), name: z.string(), startsAt: z.string() })),
});
