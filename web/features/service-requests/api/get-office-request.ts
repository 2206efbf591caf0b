import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { requestKeys } from './query-keys.ts';

/** Opening a new request marks it open on the server, so the inbox's "New" count changes too. */
export function getOfficeRequest(id: string, signal?: AbortSignal): Promise<OfficeRequestDetail> {
  return apiRequest<OfficeRequestDetail>(`/api/office/requests/${encodeURIComponent(id)}`, { signal });
}

export function officeRequestQueryOptions(id: string) {
  return queryOptions({
    queryKey: requestKeys.officeDetail(id),
    queryFn: ({ signal }) => getOfficeRequest(id, signal),
  });
}

/** Customers reply while the page is open, so the conversation is refreshed every half minute. */
export function useOfficeRequest(id: string) {
  return useQuery({ ...officeRequestQueryOptions(id), refetchInterval: 30_000 });
}
