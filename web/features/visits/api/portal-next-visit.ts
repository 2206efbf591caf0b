import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalNextVisitResponse } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

/** The next visit at a location, or none. */
export function getPortalNextVisit(slug: string, locationId: string, signal?: AbortSignal): Promise<PortalNextVisitResponse> {
  return apiRequest<PortalNextVisitResponse>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/next-visit`, { signal });
}

export function portalNextVisitQueryOptions(slug: string, locationId: string) {
  return queryOptions({
    queryKey: portalVisitKeys.nextVisit(slug, locationId),
    queryFn: ({ signal }) => getPortalNextVisit(slug, locationId, signal),
    // The team's names and the upgrade offer change as the start comes near: ask again every few minutes.
    refetchInterval: 5 * 60_000,
  });
}

export function usePortalNextVisit(slug: string, locationId: string) {
  return useQuery(portalNextVisitQueryOptions(slug, locationId));
}
