import { useInfiniteQuery } from '@tanstack/react-query';
import type { LocationFileList } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function getLocationFiles(locationId: string, cursor: string | undefined, signal?: AbortSignal): Promise<LocationFileList> {
  return apiRequest<LocationFileList>(`/api/office/locations/${encodeURIComponent(locationId)}/files`, { query: cursor ? { cursor } : {}, signal });
}

/** A location's files a page at a time, newest first; the next page follows the last file shown. */
export function useLocationFiles(locationId: string) {
  return useInfiniteQuery({
    queryKey: fileKeys.location(locationId),
    queryFn: ({ pageParam, signal }) => getLocationFiles(locationId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
