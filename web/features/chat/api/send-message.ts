import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import type { ChatMessage } from '../../../../shared/features/chat/chat.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { sideKey, threadPath, type ChatSide } from './query-keys.ts';

export function uploadPhoto(side: ChatSide, locationId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<Attachment>(`${threadPath(side, locationId)}/photos`, { method: 'POST', form });
}

export function sendMessage(side: ChatSide, locationId: string, body: { text: string; photoIds: string[] }): Promise<ChatMessage> {
  return apiRequest<ChatMessage>(`${threadPath(side, locationId)}/messages`, { method: 'POST', body });
}

/** The photo goes up first, then the message naming it. */
export function useSendMessage(side: ChatSide, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ text, photo }: { text: string; photo: File | null }) => {
      const photoIds = photo ? [(await uploadPhoto(side, locationId, photo)).id] : [];
      return sendMessage(side, locationId, { text, photoIds });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sideKey(side) }),
  });
}
