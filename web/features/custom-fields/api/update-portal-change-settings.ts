import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PortalChangeSettings } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function updatePortalChangeSettings(body: PortalChangeSettings): Promise<PortalChangeSettings> {
  return apiRequest<PortalChangeSettings>('/api/office/custom-field-settings', { method: 'PUT', body });
}

export function useUpdatePortalChangeSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePortalChangeSettings, onSuccess: (settings) => queryClient.setQueryData(customFieldKeys.settings, settings) });
}
