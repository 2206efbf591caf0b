import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CustomerReminders } from '../../../../shared/features/reminders/reminders.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './query-keys.ts';

/** One account's contacts and reminders; `canEdit` says whether this person may change them. */
export function getPortalReminders(slug: string, customerId: string, signal?: AbortSignal): Promise<CustomerReminders> {
  return apiRequest<CustomerReminders>(`/api/portal/${encodeURIComponent(slug)}/customers/${encodeURIComponent(customerId)}/reminders`, { signal });
}

export function portalRemindersQueryOptions(slug: string, customerId: string) {
  return queryOptions({ queryKey: reminderKeys.portalCustomer(slug, customerId), queryFn: ({ signal }) => getPortalReminders(slug, customerId, signal) });
}

export function usePortalReminders(slug: string, customerId: string) {
  return useQuery(portalRemindersQueryOptions(slug, customerId));
}
