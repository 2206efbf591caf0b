import { useInfiniteQuery } from '@tanstack/react-query';
import type { ResourceList } from '../../../../shared/features/resources/resources.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

export function getResources(customerId: string, cursor: string | undefined, signal?: AbortSignal): Promise<ResourceList> {
  return apiRequest<ResourceList>(`/api/office/customers/${encodeURIComponent(customerId)}/resources`, { query: cursor ? { cursor } : {}, signal });
}

/** A customer's resources a page at a time, newest first; the next page follows the last one shown. */
export function useResources(customerId: string) {
  return useInfiniteQuery({
    queryKey: resourceKeys.customer(customerId),
    queryFn: ({ pageParam, signal }) => getResources(customerId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
