import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { customerProductsSchema } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { supplyKeys } from './query-keys.ts';

export type CustomerProducts = z.infer<typeof customerProductsSchema>;

/** The products this customer may order; none means the whole active catalogue. */
export function getCustomerProducts(customerId: string, signal?: AbortSignal): Promise<CustomerProducts> {
  return apiRequest<CustomerProducts>(`/api/office/customers/${encodeURIComponent(customerId)}/supply-products`, { signal });
}

export function customerProductsQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: supplyKeys.customerProducts(customerId),
    queryFn: ({ signal }) => getCustomerProducts(customerId, signal),
  });
}

export function useCustomerProducts(customerId: string) {
  return useQuery(customerProductsQueryOptions(customerId));
}
