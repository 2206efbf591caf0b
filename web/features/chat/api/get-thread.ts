import { useInfiniteQuery } from '@tanstack/react-query';
import type { ChatThread } from '../../../../shared/features/chat/chat.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { threadKey, threadPath, type ChatSide } from './query-keys.ts';

export function getThread(side: ChatSide, locationId: string, before: string | undefined, signal?: AbortSignal): Promise<ChatThread> {
  return apiRequest<ChatThread>(threadPath(side, locationId), { query: before ? { before } : {}, signal });
}

/** The newest page first; each earlier page is fetched before the oldest message shown. */
export function useThread(side: ChatSide, locationId: string) {
  return useInfiniteQuery({
    queryKey: threadKey(side, locationId),
    queryFn: ({ pageParam, signal }) => getThread(side, locationId, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => (page.hasOlder ? page.messages[0]?.id : undefined),
  });
}
