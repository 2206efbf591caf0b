import { useQuery } from '@tanstack/react-query';
import type { VisitRating } from '../../../../shared/features/feedback/feedback.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { feedbackKeys } from './query-keys.ts';

/** The visit a rating link names: its rating if it has one, and whether it can still be rated. */
export function getVisitRating(slug: string, visitId: string, signal?: AbortSignal): Promise<VisitRating> {
  return apiRequest<VisitRating>(`/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}/rating`, { signal });
}

export function useVisitRating(slug: string, visitId: string) {
  return useQuery({ queryKey: feedbackKeys.visitRating(slug, visitId), queryFn: ({ signal }) => getVisitRating(slug, visitId, signal) });
}
