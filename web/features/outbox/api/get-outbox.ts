import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OutboxList } from '../../../../shared/features/outbox/outbox.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export interface OutboxListParams {
  page: number;
  pageSize: number;
}

export function getOutbox(params: OutboxListParams, signal?: AbortSignal): Promise<OutboxList> {
  return apiRequest<OutboxList>('/api/office/outbox', { query: { ...params }, signal });
}

export function outboxQueryOptions(params: OutboxListParams) {
  return queryOptions({
    queryKey: ['office', 'outbox', params],
    queryFn: ({ signal }) => getOutbox(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(params: OutboxListParams) {
  return useQuery(outboxQueryOptions(params));
}
