import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';
import { feedbackRatings } from './feedback.values.ts';

export { feedbackRatings };

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
  visitId: z.string().min(1).max(64).optional().describe('The completed visit this rates, if it rates one: each visit is rated once'),
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
  visitId: z.string().nullable().describe('The visit rated, if the feedback is about one'),
  createdAt: z.string(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** How long after a visit a customer is asked to rate it (MaidCentral's "Rate last job"), and may rate it at all. */
export const rateLastJobDays = 45;

export const lastJobSchema = z.object({
  visit: z
    .object({
      id: z.string(),
      name: z.string(),
      startsAt: z.string(),
      timeZone: z.string().describe('The location’s time zone: the visit’s time is shown on its clock'),
    })
    .nullable()
    .describe(`The location’s last completed visit, while it ended in the last ${rateLastJobDays} days and nobody has rated it`),
});
export type LastJob = z.infer<typeof lastJobSchema>;

/** What the rating link in a completed visit's email opens: the visit, and whether it can still be rated. */
export const visitRatingSchema = z.object({
  visit: z.object({
    id: z.string(),
    name: z.string(),
    startsAt: z.string(),
    timeZone: z.string().describe('The location’s time zone: the visit’s date is shown on its clock'),
    locationId: z.string(),
    locationName: z.string(),
  }),
  rating: z
    .object({ rating: z.number().int(), note: z.string().nullable(), createdAt: z.string() })
    .nullable()
    .describe('The rating the visit was given, by anyone at the customer; null while it has none'),
  completed: z.boolean().describe('Whether the visit is done: only a completed visit can be rated'),
  expired: z.boolean().describe(`Whether the visit ended more than ${rateLastJobDays} days ago: too long ago to be rated`),
});
export type VisitRating = z.infer<typeof visitRatingSchema>;

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
