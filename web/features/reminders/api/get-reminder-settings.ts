import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ReminderSettings } from '../../../../shared/features/reminders/reminders.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { reminderKeys } from './query-keys.ts';

export function getReminderSettings(signal?: AbortSignal): Promise<ReminderSettings> {
  return apiRequest<ReminderSettings>('/api/office/reminder-settings', { signal });
}

export function reminderSettingsQueryOptions() {
  return queryOptions({ queryKey: reminderKeys.settings, queryFn: ({ signal }) => getReminderSettings(signal) });
}

export function useReminderSettings() {
  return useQuery(reminderSettingsQueryOptions());
}
