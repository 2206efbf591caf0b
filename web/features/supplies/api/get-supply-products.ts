import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SupplyProduct } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { supplyKeys } from './query-keys.ts';

/** The whole catalogue, active products first. */
export function getSupplyProducts(signal?: AbortSignal): Promise<{ items: SupplyProduct[] }> {
  return apiRequest<{ items: SupplyProduct[] }>('/api/office/supply-products', { signal });
}

export function supplyProductsQueryOptions() {
  return queryOptions({ queryKey: supplyKeys.products, queryFn: ({ signal }) => getSupplyProducts(signal) });
}

export function useSupplyProducts() {
  return useQuery(supplyProductsQueryOptions());
}
