import { useInfiniteQuery } from '@tanstack/react-query';
import type { PortalResourceList } from '../../../../shared/features/resources/resources.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

export function getPortalResources(slug: string, locationId: string, cursor: string | undefined, signal?: AbortSignal): Promise<PortalResourceList> {
  return apiRequest<PortalResourceList>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/resources`, { query: cursor ? { cursor } : {}, signal });
}

/** The documents and links shared with a location's customer a page at a time, newest first. */
export function usePortalResources(slug: string, locationId: string) {
  return useInfiniteQuery({
    queryKey: resourceKeys.portal(slug, locationId),
    queryFn: ({ pageParam, signal }) => getPortalResources(slug, locationId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
