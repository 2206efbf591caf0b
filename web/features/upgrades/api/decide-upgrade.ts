import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RequestedUpgrade, UpgradeDecision } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { upgradeKeys } from './query-keys.ts';

/** Accepts (it counts in the visit's price and time) or declines an upgrade a customer asked for. */
export function decideUpgrade(id: string, body: UpgradeDecision): Promise<RequestedUpgrade> {
  return apiRequest<RequestedUpgrade>(`/api/office/visit-upgrades/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useDecideUpgrade(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string } & UpgradeDecision) => decideUpgrade(id, { status }),
    // The visit's price changes with it, wherever the office shows it.
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: upgradeKeys.request(requestId) }), queryClient.invalidateQueries({ queryKey: ['office', 'visits'] })]),
  });
}
