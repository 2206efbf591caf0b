import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomerReminders, PortalRemindersInput } from '../../../../shared/features/reminders/reminders.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './query-keys.ts';

/** Saves every contact with its switches: a contact without an id is added, one left out is removed. */
export function updatePortalReminders(slug: string, customerId: string, body: PortalRemindersInput): Promise<CustomerReminders> {
  return apiRequest<CustomerReminders>(`/api/portal/${encodeURIComponent(slug)}/customers/${encodeURIComponent(customerId)}/reminders`, { method: 'PUT', body });
}

export function useUpdatePortalReminders(slug: string, customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PortalRemindersInput) => updatePortalReminders(slug, customerId, body),
    onSuccess: (saved) => { queryClient.setQueryData(reminderKeys.portalCustomer(slug, customerId), saved); },
  });
}
