import type { ScheduleListParams } from './get-schedule-list.ts';
import type { ScheduleParams } from './get-schedule.ts';

/** Everything the schedule shows starts with `['office', 'schedule']`, so one invalidation refreshes it all after a change. */
export const scheduleKeys = {
  all: ['office', 'schedule'] as const,
  range: (params: ScheduleParams) => ['office', 'schedule', 'range', params] as const,
  list: (params: ScheduleListParams) => ['office', 'schedule', 'list', params] as const,
  team: ['office', 'schedule', 'team'] as const,
  calendarLink: ['office', 'profile', 'calendar-link'] as const,
};
