import { useQuery } from '@tanstack/react-query';
import type { FileSettings } from '../../../../shared/features/files/files.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fileKeys } from './query-keys.ts';

export function getFileSettings(signal?: AbortSignal): Promise<FileSettings> {
  return apiRequest<FileSettings>('/api/office/settings/files', { signal });
}

export function useFileSettings(enabled = true) {
  return useQuery({ queryKey: fileKeys.settings, queryFn: ({ signal }) => getFileSettings(signal), enabled });
}
