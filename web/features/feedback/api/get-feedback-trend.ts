import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FeedbackTrend } from '../../../../shared/features/feedback/feedback.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { feedbackKeys } from './query-keys.ts';

/** One customer's or one location's trend, never both. */
export type FeedbackTrendParams = { customerId: string; locationId?: never } | { locationId: string; customerId?: never };

const months = 12;

export function getFeedbackTrend(params: FeedbackTrendParams, signal?: AbortSignal): Promise<FeedbackTrend> {
  return apiRequest<FeedbackTrend>('/api/office/feedback/trend', { query: { ...params, months }, signal });
}

export function feedbackTrendQueryOptions(params: FeedbackTrendParams) {
  return queryOptions({
    queryKey: feedbackKeys.trend(params),
    queryFn: ({ signal }) => getFeedbackTrend(params, signal),
  });
}

export function useFeedbackTrend(params: FeedbackTrendParams) {
  return useQuery(feedbackTrendQueryOptions(params));
}
