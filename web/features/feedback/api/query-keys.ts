import type { FeedbackListParams } from './get-feedback.ts';
import type { FeedbackTrendParams } from './get-feedback-trend.ts';

export const feedbackKeys = {
  list: (params: FeedbackListParams) => ['office', 'feedback', 'list', params] as const,
  trend: (params: FeedbackTrendParams) => ['office', 'feedback', 'trend', params] as const,
  portalAll: (slug: string) => ['portal', slug, 'feedback'] as const,
  portal: (slug: string, locationId: string) => ['portal', slug, 'feedback', locationId] as const,
  portalPage: (slug: string, locationId: string, page: number) => ['portal', slug, 'feedback', locationId, page] as const,
  lastJob: (slug: string, locationId: string) => ['portal', slug, 'feedback', locationId, 'last-job'] as const,
  // By visit alone: the rating link knows no location until the visit is read.
  visitRating: (slug: string, visitId: string) => ['portal', slug, 'feedback', 'visit', visitId] as const,
};
