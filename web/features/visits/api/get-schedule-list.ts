import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ScheduleList } from '../../../../shared/features/visits/schedule.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { scheduleKeys } from './schedule-keys.ts';

export interface ScheduleListParams {
  from: string;
  customerId?: string | undefined;
  locationId?: string | undefined;
  staffId?: string | undefined;
  cursor?: string | undefined;
  pageSize: number;
}

export function getScheduleList(params: ScheduleListParams, signal?: AbortSignal): Promise<ScheduleList> {
  return apiRequest<ScheduleList>('/api/office/schedule/list', { query: { ...params }, signal });
}

export function scheduleListQueryOptions(params: ScheduleListParams) {
  return queryOptions({ queryKey: scheduleKeys.list(params), queryFn: ({ signal }) => getScheduleList(params, signal), placeholderData: keepPreviousData });
}

/** Visits from a day on, a page at a time. */
export function useScheduleList(params: ScheduleListParams) {
  return useQuery(scheduleListQueryOptions(params));
}
