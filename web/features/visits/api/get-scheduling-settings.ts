import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SchedulingSettingsResponse } from '../../../../shared/features/visits/scheduling-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const schedulingSettingsKey = ['office', 'settings', 'scheduling'] as const;

export function getSchedulingSettings(signal?: AbortSignal): Promise<SchedulingSettingsResponse> {
  return apiRequest<SchedulingSettingsResponse>('/api/office/settings/scheduling', { signal });
}

export function schedulingSettingsQueryOptions() {
  return queryOptions({ queryKey: schedulingSettingsKey, queryFn: ({ signal }) => getSchedulingSettings(signal) });
}

export function useSchedulingSettings() {
  return useQuery(schedulingSettingsQueryOptions());
}
