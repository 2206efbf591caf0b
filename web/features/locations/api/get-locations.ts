import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LocationList } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { locationKeys } from './query-keys.ts';

export interface LocationListParams {
  q?: string;
  customerId?: string;
  page: number;
  pageSize: number;
}

export function getLocations(params: LocationListParams, signal?: AbortSignal): Promise<LocationList> {
  return apiRequest<LocationList>('/api/office/locations', { query: { ...params }, signal });
}

export function locationsQueryOptions(params: LocationListParams) {
  return queryOptions({
    queryKey: locationKeys.list(params),
    queryFn: ({ signal }) => getLocations(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLocations(params: LocationListParams) {
  return useQuery(locationsQueryOptions(params));
}

/** Every location of one customer; customers have a handful, so the API's largest page holds them all. */
export function useCustomerLocations(customerId: string) {
  return useQuery({ ...locationsQueryOptions({ customerId, page: 1, pageSize: 100 }), placeholderData: undefined });
}
