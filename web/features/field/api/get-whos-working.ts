import { queryOptions, useQuery } from '@tanstack/react-query';
import type { WhosWorking } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

export function getWhosWorking(slug: string, locationId: string, signal?: AbortSignal): Promise<WhosWorking> {
  return apiRequest<WhosWorking>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/whos-working`, { signal });
}

export function whosWorkingQueryOptions(slug: string, locationId: string) {
  return queryOptions({ queryKey: fieldKeys.whosWorking(slug, locationId), queryFn: ({ signal }) => getWhosWorking(slug, locationId, signal), refetchInterval: 60_000 });
}

/** Who is clocked in at the location now; the page asks only where the location has Who's working on. */
export function useWhosWorking(slug: string, locationId: string) {
  return useQuery(whosWorkingQueryOptions(slug, locationId));
}
