import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { FeedbackList } from './get-feedback.ts';
import { feedbackKeys } from './query-keys.ts';

const pageSize = 10;

/** Feedback given at this location, newest first. */
export function getPortalFeedback(slug: string, locationId: string, page: number, signal?: AbortSignal): Promise<FeedbackList> {
  return apiRequest<FeedbackList>(
    `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/feedback`,
    { query: { page, pageSize }, signal },
  );
}

export function portalFeedbackQueryOptions(slug: string, locationId: string, page: number) {
  return queryOptions({
    queryKey: feedbackKeys.portalPage(slug, locationId, page),
    queryFn: ({ signal }) => getPortalFeedback(slug, locationId, page, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePortalFeedback(slug: string, locationId: string, page: number) {
  return useQuery(portalFeedbackQueryOptions(slug, locationId, page));
}
