import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { sideKey, threadPath, type ChatSide } from './query-keys.ts';

export function markRead(side: ChatSide, locationId: string): Promise<void> {
  return apiRequest<void>(`${threadPath(side, locationId)}/read`, { method: 'POST', body: emptyBody });
}

export function useMarkRead(side: ChatSide, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => markRead(side, locationId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sideKey(side) }),
  });
}
