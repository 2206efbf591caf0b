import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { SupplyOrder, supplyOrderUpdateSchema } from '../../../../shared/features/supplies/supplies.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type SupplyOrderUpdate = z.input<typeof supplyOrderUpdateSchema>;

/** Approves, delivers or cancels an order; the customer is emailed the new status and the note. */
export function updateSupplyOrder(id: string, body: SupplyOrderUpdate): Promise<SupplyOrder> {
  return apiRequest<SupplyOrder>(`/api/office/supply-orders/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateSupplyOrder() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SupplyOrderUpdate }) => updateSupplyOrder(id, body),
    // The order list and the notification badge both change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['office'] }),
  });
}
