import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Inbox, InboxQuery } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { serviceRequestStatuses } from '../../../../shared/features/service-requests/service-requests.values.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { requestKeys } from './query-keys.ts';

/** The inbox's status filter: one status, or the unfinished ones (the default), or all. */
export const inboxStatuses = ['unfinished', 'all', ...serviceRequestStatuses] as const;
export type InboxStatus = InboxQuery['status'];
export type InboxSort = InboxQuery['sort'];
export type InboxParams = Partial<InboxQuery> & { pageSize: number };

export function getInbox(params: InboxParams, signal?: AbortSignal): Promise<Inbox> {
  return apiRequest<Inbox>('/api/office/requests', { query: { ...params }, signal });
}

export function inboxQueryOptions(params: InboxParams) {
  return queryOptions({
    queryKey: requestKeys.inbox(params),
    queryFn: ({ signal }) => getInbox(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** New requests arrive while the inbox is open, so it looks again every half minute. */
export function useInbox(params: InboxParams) {
  return useQuery({ ...inboxQueryOptions(params), refetchInterval: 30_000 });
}
