import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalWaitingService } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

/** Services on the account at a location that are not on the calendar yet. */
export function getPortalWaitingServices(slug: string, locationId: string, signal?: AbortSignal): Promise<{ items: PortalWaitingService[] }> {
  return apiRequest<{ items: PortalWaitingService[] }>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/waiting-services`, { signal });
}

export function portalWaitingServicesQueryOptions(slug: string, locationId: string) {
  return queryOptions({
    queryKey: portalVisitKeys.waiting(slug, locationId),
    queryFn: ({ signal }) => getPortalWaitingServices(slug, locationId, signal),
  });
}

export function usePortalWaitingServices(slug: string, locationId: string) {
  return useQuery(portalWaitingServicesQueryOptions(slug, locationId));
}
