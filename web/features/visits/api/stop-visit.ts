import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { VisitChange, VisitReasonInput } from '../../../../shared/features/visits/schedule.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type StopAction = 'skip' | 'cancel';

export function stopVisit(id: string, action: StopAction, body: VisitReasonInput): Promise<VisitChange> {
  return apiRequest<VisitChange>(`/api/office/visits/${encodeURIComponent(id)}/${action}`, { method: 'POST', body });
}

/** Skips or cancels a visit; the customer is emailed the reason. */
export function useStopVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, body }: { id: string; action: StopAction; body: VisitReasonInput }) => stopVisit(id, action, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['office'] }),
  });
}
