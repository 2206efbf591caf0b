import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { CustomerProducts } from './get-customer-products.ts';
import { supplyKeys } from './query-keys.ts';

export function updateCustomerProducts(customerId: string, body: CustomerProducts): Promise<CustomerProducts> {
  return apiRequest<CustomerProducts>(`/api/office/customers/${encodeURIComponent(customerId)}/supply-products`, { method: 'PUT', body });
}

export function useUpdateCustomerProducts(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerProducts) => updateCustomerProducts(customerId, body),
    onSuccess: (saved) => { queryClient.setQueryData(supplyKeys.customerProducts(customerId), saved); },
  });
}
