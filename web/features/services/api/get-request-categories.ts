import { queryOptions, useQuery } from '@tanstack/react-query';
import type { RequestCategory } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { serviceKeys } from './query-keys.ts';

export function getRequestCategories(signal?: AbortSignal): Promise<{ items: RequestCategory[] }> {
  return apiRequest<{ items: RequestCategory[] }>('/api/office/request-categories', { signal });
}

export function requestCategoriesQueryOptions() {
  return queryOptions({ queryKey: serviceKeys.requestCategories, queryFn: ({ signal }) => getRequestCategories(signal) });
}

export function useRequestCategories() {
  return useQuery(requestCategoriesQueryOptions());
}
