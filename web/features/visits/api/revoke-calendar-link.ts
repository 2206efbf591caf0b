import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { scheduleKeys } from './schedule-keys.ts';

export function revokeCalendarLink(): Promise<void> {
  return apiRequest<void>('/api/office/profile/calendar-link', { method: 'DELETE' });
}

export function useRevokeCalendarLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeCalendarLink,
    onSuccess: () => queryClient.setQueryData(scheduleKeys.calendarLink, { active: false }),
  });
}
