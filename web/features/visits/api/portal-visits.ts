import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalVisitList, PortalVisitWhen } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

const pageSize = 10;

/** A page of a location's visits to come (soonest first) or past (newest first). */
export function getPortalVisits(slug: string, locationId: string, when: PortalVisitWhen, page: number, signal?: AbortSignal): Promise<PortalVisitList> {
  return apiRequest<PortalVisitList>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/visits`, {
    query: { when, page, pageSize },
    signal,
  });
}

export function portalVisitsQueryOptions(slug: string, locationId: string, when: PortalVisitWhen, page: number) {
  return queryOptions({
    queryKey: portalVisitKeys.list(slug, locationId, when, page),
    queryFn: ({ signal }) => getPortalVisits(slug, locationId, when, page, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePortalVisits(slug: string, locationId: string, when: PortalVisitWhen, page: number) {
  return useQuery(portalVisitsQueryOptions(slug, locationId, when, page));
}
