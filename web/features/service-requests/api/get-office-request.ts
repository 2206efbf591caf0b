import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { requestKeys } from './query-keys.ts';

/** Reading a request changes nothing; `useOpenOfficeRequest` marks a new one open. */
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
