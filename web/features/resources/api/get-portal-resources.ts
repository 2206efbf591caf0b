import { useQuery } from '@tanstack/react-query';
import type { PortalResourceList } from '../../../../shared/features/resources/resources.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

export function getPortalResources(slug: string, locationId: string, signal?: AbortSignal): Promise<PortalResourceList> {
  return apiRequest<PortalResourceList>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/resources`, { signal });
}

export function usePortalResources(slug: string, locationId: string) {
  return useQuery({ queryKey: resourceKeys.portal(slug, locationId), queryFn: ({ signal }) => getPortalResources(slug, locationId, signal) });
}
