import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalVisitUpgrades } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { upgradeKeys } from './query-keys.ts';

/** A visit, the upgrades on it, and those the customer may still add (only more than 24 hours ahead). */
export function getVisitUpgrades(slug: string, visitId: string, signal?: AbortSignal): Promise<PortalVisitUpgrades> {
  return apiRequest<PortalVisitUpgrades>(`/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}/upgrades`, { signal });
}

export function visitUpgradesQueryOptions(slug: string, visitId: string) {
  return queryOptions({ queryKey: upgradeKeys.portalVisit(slug, visitId), queryFn: ({ signal }) => getVisitUpgrades(slug, visitId, signal) });
}

export function useVisitUpgrades(slug: string, visitId: string) {
  return useQuery(visitUpgradesQueryOptions(slug, visitId));
}
