import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalRequestList } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { requestKeys } from './query-keys.ts';

export function getPortalRequests(slug: string, locationId: string, signal?: AbortSignal): Promise<PortalRequestList> {
  return apiRequest<PortalRequestList>(
    `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/requests`,
    { signal },
  );
}

export function portalRequestsQueryOptions(slug: string, locationId: string) {
  return queryOptions({
    queryKey: requestKeys.portalList(slug, locationId),
    queryFn: ({ signal }) => getPortalRequests(slug, locationId, signal),
  });
}

export function usePortalRequests(slug: string, locationId: string) {
  return useQuery(portalRequestsQueryOptions(slug, locationId));
}
