import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SupplyProduct, SupplyProductInput } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { supplyKeys } from './query-keys.ts';

/** Leaving `imageAttachmentId` out keeps the picture; null removes it. */
export function updateSupplyProduct(id: string, body: SupplyProductInput): Promise<SupplyProduct> {
  return apiRequest<SupplyProduct>(`/api/office/supply-products/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateSupplyProduct(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SupplyProductInput) => updateSupplyProduct(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: supplyKeys.products }),
  });
}
