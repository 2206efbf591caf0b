import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocationFile } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function shareLocationFile(fileId: string, shared: boolean): Promise<LocationFile> {
  return apiRequest<LocationFile>(`/api/office/location-files/${encodeURIComponent(fileId)}`, { method: 'PATCH', body: { shared } });
}

export function useShareLocationFile(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ fileId, shared }: { fileId: string; shared: boolean }) => shareLocationFile(fileId, shared),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fileKeys.location(locationId) }),
  });
}
