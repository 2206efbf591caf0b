import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffNotificationList } from '../../../../shared/features/notifications/notifications.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

/** Marks the given notifications read, or every one of yours when no ids are given. */
export function markNotificationsRead(ids?: string[]): Promise<StaffNotificationList> {
  return apiRequest<StaffNotificationList>('/api/office/notifications/read', { body: ids ? { ids } : {} });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: (list) => { queryClient.setQueryData(notificationKeys.list, list); },
  });
}
