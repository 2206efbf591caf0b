import { queryOptions, useQuery } from '@tanstack/react-query';
import type { LocationDetail } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { locationKeys } from './query-keys.ts';

export function getLocation(id: string, signal?: AbortSignal): Promise<LocationDetail> {
  return apiRequest<LocationDetail>(`/api/office/locations/${encodeURIComponent(id)}`, { signal });
}

export function locationQueryOptions(id: string) {
  return queryOptions({
    queryKey: locationKeys.detail(id),
    queryFn: ({ signal }) => getLocation(id, signal),
  });
}

export function useLocation(id: string) {
  return useQuery(locationQueryOptions(id));
}
