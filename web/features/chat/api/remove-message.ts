import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { chatKeys } from './query-keys.ts';

export function removeMessage(messageId: string): Promise<void> {
  return apiRequest<void>(`/api/office/chat/messages/${encodeURIComponent(messageId)}`, { method: 'DELETE' });
}

export function useRemoveMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeMessage,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chatKeys.office }),
  });
}
