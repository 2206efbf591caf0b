import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { outboxKeys } from './query-keys.ts';

/** Sends a failing email at the next chance instead of after its wait. */
export function retryOutboxEmail(id: string): Promise<OutboxEmail> {
  return apiRequest<OutboxEmail>(`/api/office/outbox/${encodeURIComponent(id)}/retry`, { body: emptyBody });
}

export function useRetryOutboxEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryOutboxEmail,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: outboxKeys.all }),
  });
}
