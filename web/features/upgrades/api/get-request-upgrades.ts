import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RequestedUpgradeList } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { upgradeKeys } from './query-keys.ts';

/** The upgrades a customer asked for in this request, with their visit. */
export function getRequestUpgrades(requestId: string, signal?: AbortSignal): Promise<RequestedUpgradeList> {
  return apiRequest<RequestedUpgradeList>(`/api/office/requests/${encodeURIComponent(requestId)}/upgrades`, { signal });
}

export function requestUpgradesQueryOptions(requestId: string) {
  return queryOptions({ queryKey: upgradeKeys.request(requestId), queryFn: ({ signal }) => getRequestUpgrades(requestId, signal) });
}

export function useRequestUpgrades(requestId: string) {
  return useQuery(requestUpgradesQueryOptions(requestId));
}
