import { useQueryClient } from '@tanstack/react-query';
import type { PortalSettingsResponse } from '../../../../shared/features/portal-settings/portal-settings.contract.ts';
import { portalSettingsKey } from './get-portal-settings.ts';

/** Keeps the settings page on the server's answer, and lets any open portal in this tab pick up the new look. */
export function usePortalSettingsSaved() {
  const queryClient = useQueryClient();
  return (settings: PortalSettingsResponse) => {
    queryClient.setQueryData(portalSettingsKey, settings);
    void queryClient.invalidateQueries({ queryKey: ['portal-info'] });
  };
}
