import { useMutation } from '@tanstack/react-query';
import type { PortalSettingsResponse } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePortalSettingsSaved } from './use-portal-settings-saved.ts';

export function removePortalLogo(): Promise<PortalSettingsResponse> {
  return apiRequest<PortalSettingsResponse>('/api/office/settings/portal/logo', { method: 'DELETE' });
}

export function useRemovePortalLogo() {
  const saved = usePortalSettingsSaved();
  return useMutation({ mutationFn: removePortalLogo, onSuccess: saved });
}
