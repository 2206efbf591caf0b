import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OnMyWayInput, OnMyWayResult } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

export function sendOnMyWay(visitId: string, body: OnMyWayInput): Promise<OnMyWayResult> {
  return apiRequest<OnMyWayResult>(`/api/field/visits/${encodeURIComponent(visitId)}/on-my-way`, { method: 'POST', body });
}

/** Emails the location's portal users that I am on my way. */
export function useSendOnMyWay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ visitId, body }: { visitId: string; body: OnMyWayInput }) => sendOnMyWay(visitId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fieldKeys.all }),
  });
}
