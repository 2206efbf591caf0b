import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** The five-step scale (JM), 1 to 5, from Extremely Dissatisfied to Extremely Satisfied; each reader sees the words in their language. */
export const feedbackRatings = [{ value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }, { value: 5 }] as const;

export const createFeedbackSchema = z.object({
  locationId: z.string().min(1, errorKey('validation.chooseLocation')),
  rating: z
    .number({ error: errorKey('validation.chooseRating') })
    .int()
    .min(1, errorKey('validation.ratingRange'))
    .max(5, errorKey('validation.ratingRange')),
  note: z
    .string()
    .trim()
    .max(2000, errorKey('validation.keepUnder'))
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
});
export type CreateFeedback = z.input<typeof createFeedbackSchema>;

export const feedbackSchema = z.object({
  id: z.string(),
  rating: z.number().int(),
  note: z.string().nullable(),
  locationId: z.string(),
  locationName: z.string(),
  locationTimeZone: z.string().describe('The location’s time zone (IANA): its times are shown on that clock'),
  customerId: z.string(),
  customerName: z.string(),
  givenBy: z.string().nullable(),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

export const feedbackQuerySchema = z.object({
  locationId: z.string().max(64).optional(),
  customerId: z.string().max(64).optional(),
  maxRating: z.coerce.number().int().min(1).max(5).optional().describe('Only ratings at or below this'),
  withinDays: z.coerce.number().int().min(1).max(3650).optional().describe('Only feedback given within this many days'),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const feedbackListSchema = z.object({ items: z.array(feedbackSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const feedbackTrendQuerySchema = z
  .object({
    locationId: z.string().max(64).optional(),
    customerId: z.string().max(64).optional(),
    months: z.coerce.number().int().min(1).max(36).default(12),
  })
  .refine((q) => Boolean(q.locationId) !== Boolean(q.customerId), { path: ['customerId'], message: errorKey('validation.customerOrLocation') });

export const feedbackTrendSchema = z.object({
  months: z.array(z.object({ month: z.string().describe('YYYY-MM'), average: z.number().nullable(), count: z.number().int() })),
  overallAverage: z.number().nullable(),
});
export type FeedbackTrend = z.infer<typeof feedbackTrendSchema>;
