import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { JournalList } from '../../../../shared/features/journal/journal.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { journalKeys } from './query-keys.ts';

export interface JournalParams {
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export function getJournal(customerId: string, params: JournalParams, signal?: AbortSignal): Promise<JournalList> {
  return apiRequest<JournalList>(`/api/office/customers/${encodeURIComponent(customerId)}/journal`, { query: { ...params }, signal });
}

export function useJournal(customerId: string, params: JournalParams) {
  return useQuery({ queryKey: journalKeys.list(customerId, params), queryFn: ({ signal }) => getJournal(customerId, params, signal), placeholderData: keepPreviousData });
}
