import { useMutation } from '@tanstack/react-query';
import type {
  PortalSettingsInput,
  PortalSettingsResponse,
} from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePortalSettingsSaved } from './use-portal-settings-saved.ts';

export function updatePortalSettings(body: PortalSettingsInput): Promise<PortalSettingsResponse> {
  return apiRequest<PortalSettingsResponse>('/api/office/settings/portal', { method: 'PUT', body });
}

export function useUpdatePortalSettings() {
  const saved = usePortalSettingsSaved();
  return useMutation({ mutationFn: updatePortalSettings, onSuccess: saved });
}
