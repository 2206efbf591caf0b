import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TicketCategory } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { serviceKeys } from './query-keys.ts';

export function getTicketCategories(signal?: AbortSignal): Promise<{ items: TicketCategory[] }> {
  return apiRequest<{ items: TicketCategory[] }>('/api/office/ticket-categories', { signal });
}

export function ticketCategoriesQueryOptions() {
  return queryOptions({ queryKey: serviceKeys.ticketCategories, queryFn: ({ signal }) => getTicketCategories(signal) });
}

export function useTicketCategories() {
  return useQuery(ticketCategoriesQueryOptions());
}
