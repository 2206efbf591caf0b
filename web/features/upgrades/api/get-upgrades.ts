import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UpgradeList } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { upgradeKeys } from './query-keys.ts';

/** The whole catalogue, active upgrades first, with the company's currency. */
export function getUpgrades(signal?: AbortSignal): Promise<UpgradeList> {
  return apiRequest<UpgradeList>('/api/office/upgrades', { signal });
}

export function upgradesQueryOptions() {
  return queryOptions({ queryKey: upgradeKeys.catalogue, queryFn: ({ signal }) => getUpgrades(signal) });
}

export function useUpgrades() {
  return useQuery(upgradesQueryOptions());
}
