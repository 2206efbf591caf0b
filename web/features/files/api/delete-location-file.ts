import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function deleteLocationFile(fileId: string): Promise<void> {
  return apiRequest<void>(`/api/office/location-files/${encodeURIComponent(fileId)}`, { method: 'DELETE' });
}

export function useDeleteLocationFile(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) => deleteLocationFile(fileId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fileKeys.location(locationId) }),
  });
}
