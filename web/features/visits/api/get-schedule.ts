import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Schedule } from '../../../../shared/features/visits/schedule.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { scheduleKeys } from './schedule-keys.ts';

export interface ScheduleParams {
  /** The first day, `2026-04-06`. */
  from: string;
  /** 1 for a day, 7 for a week. */
  days: number;
  customerId?: string | undefined;
  locationId?: string | undefined;
  staffId?: string | undefined;
  /** Without a filter, which page of team members. */
  page?: number | undefined;
}

export function getSchedule(params: ScheduleParams, signal?: AbortSignal): Promise<Schedule> {
  return apiRequest<Schedule>('/api/office/schedule', { query: { ...params }, signal });
}

export function scheduleQueryOptions(params: ScheduleParams) {
  return queryOptions({ queryKey: scheduleKeys.range(params), queryFn: ({ signal }) => getSchedule(params, signal), placeholderData: keepPreviousData });
}

/** A day or a week of visits by team member; it looks again every minute, as others plan too. */
export function useSchedule(params: ScheduleParams) {
  return useQuery({ ...scheduleQueryOptions(params), refetchInterval: 60_000 });
}
