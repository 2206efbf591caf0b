import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TicketCategory } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import type { TicketCategoryInput } from './create-ticket-category.ts';
import { serviceKeys } from './query-keys.ts';

export function updateTicketCategory(id: string, body: TicketCategoryInput): Promise<TicketCategory> {
  return apiRequest<TicketCategory>(`/api/office/ticket-categories/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateTicketCategory(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TicketCategoryInput) => updateTicketCategory(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.ticketCategories }),
  });
}
