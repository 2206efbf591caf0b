import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LocationFile } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

/** A video on an office line takes minutes, not the usual upload wait. */
export const largeUploadTimeoutMs = 15 * 60_000;

export function uploadLocationFile(locationId: string, file: File, shared: boolean): Promise<LocationFile> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<LocationFile>(`/api/office/locations/${encodeURIComponent(locationId)}/files`, { method: 'POST', form, query: { shared: String(shared) }, timeoutMs: largeUploadTimeoutMs });
}

export function useUploadLocationFile(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, shared }: { file: File; shared: boolean }) => uploadLocationFile(locationId, file, shared),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fileKeys.location(locationId) }),
  });
}
