import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomerReminders, OfficeReminderChoices } from '../../../../shared/features/reminders/reminders.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './query-keys.ts';

/** Every contact's switches at once; a contact left out gets no reminders. */
export function updateCustomerReminders(customerId: string, body: OfficeReminderChoices): Promise<CustomerReminders> {
  return apiRequest<CustomerReminders>(`/api/office/customers/${encodeURIComponent(customerId)}/reminders`, { method: 'PUT', body });
}

export function useUpdateCustomerReminders(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OfficeReminderChoices) => updateCustomerReminders(customerId, body),
    onSuccess: (saved) => { queryClient.setQueryData(reminderKeys.customer(customerId), saved); },
  });
}
