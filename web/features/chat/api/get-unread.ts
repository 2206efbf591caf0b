import { useQuery } from '@tanstack/react-query';
import type { ChatUnread } from '../../../../shared/features/chat/chat.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { chatKeys } from './query-keys.ts';

export function getOfficeUnread(signal?: AbortSignal): Promise<ChatUnread> {
  return apiRequest<ChatUnread>('/api/office/chat/unread', { signal });
}

export function getPortalUnread(slug: string, signal?: AbortSignal): Promise<ChatUnread> {
  return apiRequest<ChatUnread>(`/api/portal/${encodeURIComponent(slug)}/chat/unread`, { signal });
}

// Live events keep these current; the minute's poll is the fallback when the stream is down.

/** The office nav's count; only asked for by those who take part in the chat. */
export function useOfficeChatUnread(enabled: boolean) {
  return useQuery({ queryKey: chatKeys.officeUnread, queryFn: ({ signal }) => getOfficeUnread(signal), enabled, refetchInterval: 60_000 });
}

export function usePortalChatUnread(slug: string) {
  return useQuery({ queryKey: chatKeys.portalUnread(slug), queryFn: ({ signal }) => getPortalUnread(slug, signal), refetchInterval: 60_000 });
}
