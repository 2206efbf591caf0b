import { useQuery } from '@tanstack/react-query';
import type { LastJob } from '../../../../shared/features/feedback/feedback.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { feedbackKeys } from './query-keys.ts';

/** The visit the customer is asked to rate at this location, if any. */
export function getLastJob(slug: string, locationId: string, signal?: AbortSignal): Promise<LastJob> {
  return apiRequest<LastJob>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/last-job`, { signal });
}

export function useLastJob(slug: string, locationId: string) {
  return useQuery({ queryKey: feedbackKeys.lastJob(slug, locationId), queryFn: ({ signal }) => getLastJob(slug, locationId, signal) });
}
