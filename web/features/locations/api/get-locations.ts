import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LocationList } from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export interface LocationListParams {
  q?: string;
  page: number;
  pageSize: number;
}

export function getLocations(params: LocationListParams, signal?: AbortSignal): Promise<LocationList> {
  return apiRequest<LocationList>('/api/office/locations', { query: { ...params }, signal });
}

export function locationsQueryOptions(params: LocationListParams) {
  return queryOptions({
    queryKey: ['office', 'locations', params],
    queryFn: ({ signal }) => getLocations(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLocations(params: LocationListParams) {
  return useQuery(locationsQueryOptions(params));
}
