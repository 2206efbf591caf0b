import { useInfiniteQuery } from '@tanstack/react-query';
import type { PortalFileList } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function getPortalFiles(slug: string, locationId: string, cursor: string | undefined, signal?: AbortSignal): Promise<PortalFileList> {
  return apiRequest<PortalFileList>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/files`, { query: cursor ? { cursor } : {}, signal });
}

/** The files shared at a location a page at a time, newest first; the next page follows the last file shown. */
export function usePortalFiles(slug: string, locationId: string) {
  return useInfiniteQuery({
    queryKey: fileKeys.portal(slug, locationId),
    queryFn: ({ pageParam, signal }) => getPortalFiles(slug, locationId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
