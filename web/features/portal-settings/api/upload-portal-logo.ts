import { useMutation } from '@tanstack/react-query';
import type { PortalSettingsResponse } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePortalSettingsSaved } from './use-portal-settings-saved.ts';

export function uploadPortalLogo(file: File): Promise<PortalSettingsResponse> {
  const form = new FormData();
  form.append('logo', file);
  return apiRequest<PortalSettingsResponse>('/api/office/settings/portal/logo', { method: 'POST', form });
}

export function useUploadPortalLogo() {
  const saved = usePortalSettingsSaved();
  return useMutation({ mutationFn: uploadPortalLogo, onSuccess: saved });
}
