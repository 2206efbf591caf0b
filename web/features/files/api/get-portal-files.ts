import { useQuery } from '@tanstack/react-query';
import type { PortalFileList } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function getPortalFiles(slug: string, locationId: string, signal?: AbortSignal): Promise<PortalFileList> {
  return apiRequest<PortalFileList>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/files`, { signal });
}

export function usePortalFiles(slug: string, locationId: string) {
  return useQuery({ queryKey: fileKeys.portal(slug, locationId), queryFn: ({ signal }) => getPortalFiles(slug, locationId, signal) });
}
