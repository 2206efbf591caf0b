import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateSupplyOrder, SupplyOrder } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { supplyKeys } from './query-keys.ts';

export function createSupplyOrder(slug: string, body: CreateSupplyOrder): Promise<SupplyOrder> {
  return apiRequest<SupplyOrder>(`/api/portal/${encodeURIComponent(slug)}/supply-orders`, { body });
}

export function useCreateSupplyOrder(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSupplyOrder) => createSupplyOrder(slug, body),
    onSuccess: (order) => queryClient.invalidateQueries({ queryKey: supplyKeys.portalLocationOrders(slug, order.locationId) }),
  });
}
