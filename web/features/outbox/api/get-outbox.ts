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

const sendingPollMs = 3_000;

/** Whether the mail worker should be sending one of these right now, e.g. just after Retry. */
function sendingNow(list: OutboxList | undefined): boolean {
  if (!list?.smtpConfigured) return false;
  return list.items.some((email) => email.status === 'queued' && email.nextAttemptAt !== null && Date.parse(email.nextAttemptAt) <= Date.now());
}

export function outboxQueryOptions(params: OutboxListParams) {
  return queryOptions({
    queryKey: [...outboxKeys.all, params],
    queryFn: ({ signal }) => getOutbox(params, signal),
    placeholderData: keepPreviousData,
    // Look again while an email is due, so a retried one turns Sent (or Failing again) on its own.
    refetchInterval: (query) => (sendingNow(query.state.data) ? sendingPollMs : false),
  });
}

export function useOutbox(params: OutboxListParams) {
  return useQuery(outboxQueryOptions(params));
}
