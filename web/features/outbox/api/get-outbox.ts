import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { OutboxList } from '../../../../shared/features/outbox/outbox.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { outboxKeys } from './query-keys.ts';

export interface OutboxListParams {
  page: number;
  pageSize: number;
  /** Only emails whose delivery is failing. */
  failing: boolean;
}

export function getOutbox(params: OutboxListParams, signal?: AbortSignal): Promise<OutboxList> {
  const { failing, ...rest } = params;
  return apiRequest<OutboxList>('/api/office/outbox', { query: { ...rest, ...(failing ? { filter: 'failing' } : {}) }, signal });
}

export function outboxQueryOptions(params: OutboxListParams) {
  return queryOptions({
    queryKey: [...outboxKeys.all, params],
    queryFn: ({ signal }) => getOutbox(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOutbox(params: OutboxListParams) {
  return useQuery(outboxQueryOptions(params));
}
