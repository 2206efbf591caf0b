import { z } from 'zod';
import { errorKey } from '../../i18n/messages.ts';

/** The five-step scale (JM), 1 to 5. */
export const feedbackRatings = [
  { value: 1, label: 'Extremely Dissatisfied' },
  { value: 2, label: 'Dissatisfied' },
  { value: 3, label: 'Neutral' },
  { value: 4, label: 'Satisfied' },
  { value: 5, label: 'Extremely Satisfied' },
] as const;

export function ratingLabel(rating: number): string {
  return feedbackRatings.find((r) => r.value === rating)?.label ?? String(rating);
}

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
  ratingLabel: z.string(),
  note: z.string().nullable(),
  locationId: z.string(),
  locationName: z.string(),
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
