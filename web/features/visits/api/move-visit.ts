import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MoveVisitInput, VisitChange } from '../../../../shared/features/visits/schedule.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function moveVisit(id: string, body: MoveVisitInput): Promise<VisitChange> {
  return apiRequest<VisitChange>(`/api/office/visits/${encodeURIComponent(id)}/move`, { method: 'POST', body });
}

/** Moves a visit to a day and time on its location's clock; the customer is emailed. */
export function useMoveVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: MoveVisitInput }) => moveVisit(id, body),
    // The schedule and any list of visits (a customer's, a location's) change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['office'] }),
  });
}
