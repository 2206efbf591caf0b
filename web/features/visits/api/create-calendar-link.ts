import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { scheduleKeys } from './schedule-keys.ts';

export function createCalendarLink(): Promise<{ url: string }> {
  return apiRequest<{ url: string }>('/api/office/profile/calendar-link', { method: 'POST' });
}

/** A new secret link to the person's visits; an earlier one stops working. */
export function useCreateCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCalendarLink,
    onSuccess: () => queryClient.setQueryData(scheduleKeys.calendarLink, { active: true }),
  });
}
