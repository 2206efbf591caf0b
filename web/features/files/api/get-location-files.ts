import { useQuery } from '@tanstack/react-query';
import type { LocationFileList } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function getLocationFiles(locationId: string, signal?: AbortSignal): Promise<LocationFileList> {
  return apiRequest<LocationFileList>(`/api/office/locations/${encodeURIComponent(locationId)}/files`, { signal });
}

export function useLocationFiles(locationId: string) {
  return useQuery({ queryKey: fileKeys.location(locationId), queryFn: ({ signal }) => getLocationFiles(locationId, signal) });
}
