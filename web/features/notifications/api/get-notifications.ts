import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffNotificationList } from '../../../../shared/features/notifications/notifications.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { notificationKeys } from './query-keys.ts';

export function getNotifications(signal?: AbortSignal): Promise<StaffNotificationList> {
  return apiRequest<StaffNotificationList>('/api/office/notifications', { signal });
}

export function notificationsQueryOptions() {
  return queryOptions({ queryKey: notificationKeys.list, queryFn: ({ signal }) => getNotifications(signal) });
}

/**
 * The bell and the inbox badge share this one query, asked again every 30 seconds, so new requests show up
 * while the office works on something else.
 */
export function useNotifications() {
  return useQuery({ ...notificationsQueryOptions(), refetchInterval: 30_000 });
}

/** How many requests nobody has opened yet, for the "Requests" link in the side menu. */
export function useNewRequestCount(): number {
  return useNotifications().data?.newRequests ?? 0;
}
