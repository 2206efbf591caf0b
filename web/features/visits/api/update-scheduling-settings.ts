import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SchedulingSettings, SchedulingSettingsResponse } from '../../../../shared/features/visits/scheduling-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { schedulingSettingsKey } from './get-scheduling-settings.ts';

export function updateSchedulingSettings(body: SchedulingSettings): Promise<SchedulingSettingsResponse> {
  return apiRequest<SchedulingSettingsResponse>('/api/office/settings/scheduling', { method: 'PUT', body });
}

export function useUpdateSchedulingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSchedulingSettings,
    onSuccess: (settings) => queryClient.setQueryData(schedulingSettingsKey, settings),
  });
}
