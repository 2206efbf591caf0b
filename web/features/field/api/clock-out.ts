import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClockInput, ClockResult } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

export function clockOut(visitId: string, body: ClockInput): Promise<ClockResult> {
  return apiRequest<ClockResult>(`/api/field/visits/${encodeURIComponent(visitId)}/clock-out`, { method: 'POST', body });
}

/** Clocks me out; the caller makes the client id once per tap, so a retry of the same tap is answered, not doubled. */
export function useClockOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitId, body }: { visitId: string; body: ClockInput }) => clockOut(visitId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fieldKeys.all }),
  });
}
