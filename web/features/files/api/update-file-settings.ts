import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FileSettings } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function updateFileSettings(body: FileSettings): Promise<FileSettings> {
  return apiRequest<FileSettings>('/api/office/settings/files', { method: 'PUT', body });
}

export function useUpdateFileSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateFileSettings,
    onSuccess: (saved) => { queryClient.setQueryData(fileKeys.settings, saved); },
  });
}
