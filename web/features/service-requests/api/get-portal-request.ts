import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { requestKeys } from './query-keys.ts';

export function getPortalRequest(slug: string, id: string, signal?: AbortSignal): Promise<PortalRequestDetail> {
  return apiRequest<PortalRequestDetail>(`/api/portal/${encodeURIComponent(slug)}/requests/${encodeURIComponent(id)}`, { signal });
}

export function portalRequestQueryOptions(slug: string, id: string) {
  return queryOptions({
    queryKey: requestKeys.portalDetail(slug, id),
    queryFn: ({ signal }) => getPortalRequest(slug, id, signal),
  });
}

/** The office replies while the customer waits on this page, so it looks again every half minute. */
export function usePortalRequest(slug: string, id: string) {
  return useQuery({ ...portalRequestQueryOptions(slug, id), refetchInterval: 30_000 });
}
