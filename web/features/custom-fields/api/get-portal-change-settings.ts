import { useQuery } from '@tanstack/react-query';
import type { PortalChangeSettings } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function getPortalChangeSettings(signal?: AbortSignal): Promise<PortalChangeSettings> {
  return apiRequest<PortalChangeSettings>('/api/office/custom-field-settings', { signal });
}

export function usePortalChangeSettings() {
  return useQuery({ queryKey: customFieldKeys.settings, queryFn: ({ signal }) => getPortalChangeSettings(signal) });
}
