import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Upgrade, UpgradeInput } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { upgradeKeys } from './query-keys.ts';

/** Saving with `active: false` stops offering it; visits that have it keep it. */
export function updateUpgrade(id: string, body: UpgradeInput): Promise<Upgrade> {
  return apiRequest<Upgrade>(`/api/office/upgrades/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateUpgrade(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpgradeInput) => updateUpgrade(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: upgradeKeys.catalogue }),
  });
}
