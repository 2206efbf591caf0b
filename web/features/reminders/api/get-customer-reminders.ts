import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CustomerReminders } from '../../../../shared/features/reminders/reminders.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './query-keys.ts';

/** The customer's contacts, each with its two reminder switches. */
export function getCustomerReminders(customerId: string, signal?: AbortSignal): Promise<CustomerReminders> {
  return apiRequest<CustomerReminders>(`/api/office/customers/${encodeURIComponent(customerId)}/reminders`, { signal });
}

export function customerRemindersQueryOptions(customerId: string) {
  return queryOptions({ queryKey: reminderKeys.customer(customerId), queryFn: ({ signal }) => getCustomerReminders(customerId, signal) });
}

export function useCustomerReminders(customerId: string) {
  return useQuery(customerRemindersQueryOptions(customerId));
}
