import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SupplyProduct, SupplyProductInput } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { supplyKeys } from './query-keys.ts';

export function createSupplyProduct(body: SupplyProductInput): Promise<SupplyProduct> {
  return apiRequest<SupplyProduct>('/api/office/supply-products', { body });
}

export function useCreateSupplyProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSupplyProduct,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supplyKeys.products }),
  });
}
