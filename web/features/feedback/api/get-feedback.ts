import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { feedbackListSchema } from '../../../../shared/features/feedback/feedback.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { feedbackKeys } from './query-keys.ts';

export type FeedbackList = z.infer<typeof feedbackListSchema>;

export interface FeedbackListParams {
  locationId?: string;
  customerId?: string;
  /** Only ratings at or below this, 1 to 5. */
  maxRating?: number;
  /** Only feedback given within this many days. */
  withinDays?: number;
  page: number;
  pageSize: number;
}

export function getFeedback(params: FeedbackListParams, signal?: AbortSignal): Promise<FeedbackList> {
  return apiRequest<FeedbackList>('/api/office/feedback', { query: { ...params }, signal });
}

export function feedbackQueryOptions(params: FeedbackListParams) {
  return queryOptions({
    queryKey: feedbackKeys.list(params),
    queryFn: ({ signal }) => getFeedback(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useFeedback(params: FeedbackListParams) {
  return useQuery(feedbackQueryOptions(params));
}
