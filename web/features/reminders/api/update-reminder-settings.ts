import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReminderSettings } from '../../../../shared/features/reminders/reminders.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './query-keys.ts';

export function updateReminderSettings(body: { reminderHour: number }): Promise<ReminderSettings> {
  return apiRequest<ReminderSettings>('/api/office/reminder-settings', { method: 'PUT', body });
}

export function useUpdateReminderSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateReminderSettings,
    onSuccess: (saved) => { queryClient.setQueryData(reminderKeys.settings, saved); },
  });
}
