import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalSettingsResponse } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const portalSettingsKey = ['office', 'settings', 'portal'] as const;

export function getPortalSettings(signal?: AbortSignal): Promise<PortalSettingsResponse> {
  return apiRequest<PortalSettingsResponse>('/api/office/settings/portal', { signal });
}

export function portalSettingsQueryOptions() {
  return queryOptions({
    queryKey: portalSettingsKey,
    queryFn: ({ signal }) => getPortalSettings(signal),
  });
}

export function usePortalSettings() {
  return useQuery(portalSettingsQueryOptions());
}
