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
 * The bell and the side menu's badges share this one query, asked again every 30 seconds, so new requests and orders show up
 * while the office works on something else.
 */
export function useNotifications() {
  return useQuery({ ...notificationsQueryOptions(), refetchInterval: 30_000 });
}

/** The side menu's counts: requests nobody has opened yet, and supply orders waiting for approval (each 0 for a role that may not open that list). */
export function useNavBadgeCounts(): { requests: number; supplies: number } {
  const data = useNotifications().data;
  return { requests: data?.newRequests ?? 0, supplies: data?.newSupplyOrders ?? 0 };
}
