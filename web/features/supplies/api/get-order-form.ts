import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SupplyProduct } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { supplyKeys } from './query-keys.ts';

/** The products that can be ordered for this location. */
export function getOrderForm(slug: string, locationId: string, signal?: AbortSignal): Promise<{ products: SupplyProduct[] }> {
  return apiRequest<{ products: SupplyProduct[] }>(
    `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/supply-order-form`,
    { signal },
  );
}

export function orderFormQueryOptions(slug: string, locationId: string) {
  return queryOptions({
    queryKey: supplyKeys.portalOrderForm(slug, locationId),
    queryFn: ({ signal }) => getOrderForm(slug, locationId, signal),
  });
}

export function useOrderForm(slug: string, locationId: string) {
  return useQuery(orderFormQueryOptions(slug, locationId));
}
