import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { scheduleKeys } from './schedule-keys.ts';

export function getCalendarLink(signal?: AbortSignal): Promise<{ active: boolean }> {
  return apiRequest<{ active: boolean }>('/api/office/profile/calendar-link', { signal });
}

export function calendarLinkQueryOptions() {
  return queryOptions({ queryKey: scheduleKeys.calendarLink, queryFn: ({ signal }) => getCalendarLink(signal) });
}

/** Whether the signed-in person has a calendar link; its address was shown once, when made. */
export function useCalendarLink() {
  return useQuery(calendarLinkQueryOptions());
}
