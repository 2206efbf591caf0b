import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ChatConversationList } from '../../../../shared/features/chat/chat.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { chatKeys } from './query-keys.ts';

export const conversationsPageSize = 20;

export function getConversations(page: number, signal?: AbortSignal): Promise<ChatConversationList> {
  return apiRequest<ChatConversationList>('/api/office/chat', { query: { page, pageSize: conversationsPageSize }, signal });
}

export function useConversations(page: number) {
  return useQuery({ queryKey: chatKeys.officeList(page), queryFn: ({ signal }) => getConversations(page, signal), placeholderData: keepPreviousData });
}
