import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalVisit } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

/** One visit of the signed-in customer's. */
export function getPortalVisit(slug: string, visitId: string, signal?: AbortSignal): Promise<PortalVisit> {
  return apiRequest<PortalVisit>(`/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}`, { signal });
}

export function portalVisitQueryOptions(slug: string, visitId: string) {
  return queryOptions({ queryKey: portalVisitKeys.visit(slug, visitId), queryFn: ({ signal }) => getPortalVisit(slug, visitId, signal) });
}

export function usePortalVisit(slug: string, visitId: string) {
  return useQuery(portalVisitQueryOptions(slug, visitId));
}
