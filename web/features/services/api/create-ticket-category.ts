import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { TicketCategory, ticketCategoryInputSchema } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { serviceKeys } from './query-keys.ts';

export type TicketCategoryInput = z.input<typeof ticketCategoryInputSchema>;

export function createTicketCategory(body: TicketCategoryInput): Promise<TicketCategory> {
  return apiRequest<TicketCategory>('/api/office/ticket-categories', { body });
}

export function useCreateTicketCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicketCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: serviceKeys.ticketCategories }),
  });
}
