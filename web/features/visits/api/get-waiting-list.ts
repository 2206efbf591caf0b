import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { waitingListSchema } from '../../../../shared/features/visits/visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { visitKeys } from './query-keys.ts';

export type WaitingList = z.infer<typeof waitingListSchema>;

export function getWaitingList(page: number, pageSize: number, signal?: AbortSignal): Promise<WaitingList> {
  return apiRequest('/api/office/waiting-list', { query: { page, pageSize }, signal });
}

export function useWaitingList(page: number, pageSize = 25) {
  return useQuery(queryOptions({ queryKey: visitKeys.waitingList(page), queryFn: ({ signal }) => getWaitingList(page, pageSize, signal), placeholderData: keepPreviousData }));
}
