import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Upgrade, UpgradeInput } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { upgradeKeys } from './query-keys.ts';

export function createUpgrade(body: UpgradeInput): Promise<Upgrade> {
  return apiRequest<Upgrade>('/api/office/upgrades', { method: 'POST', body });
}

export function useCreateUpgrade() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUpgrade,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: upgradeKeys.catalogue }),
  });
}
