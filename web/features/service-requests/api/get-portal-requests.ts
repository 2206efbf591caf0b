import { useInfiniteQuery } from '@tanstack/react-query';
import type { PortalRequestList, PortalRequestListKind } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { requestKeys } from './query-keys.ts';

export function getPortalRequests(slug: string, locationId: string, list: PortalRequestListKind, cursor: string | undefined, signal?: AbortSignal): Promise<PortalRequestList> {
  return apiRequest<PortalRequestList>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/requests`, {
    query: cursor ? { list, cursor } : { list },
    signal,
  });
}

/** A location's open or finished requests, a page at a time, newest first; the next page follows the last row shown. */
export function usePortalRequests(slug: string, locationId: string, list: PortalRequestListKind = 'open') {
  return useInfiniteQuery({
    queryKey: [...requestKeys.portalList(slug, locationId), list],
    queryFn: ({ pageParam, signal }) => getPortalRequests(slug, locationId, list, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
