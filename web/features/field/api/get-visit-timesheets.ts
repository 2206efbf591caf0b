import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TimesheetList } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

export function getVisitTimesheets(visitId: string, signal?: AbortSignal): Promise<TimesheetList> {
  return apiRequest<TimesheetList>(`/api/office/visits/${encodeURIComponent(visitId)}/timesheets`, { signal });
}

export function visitTimesheetsQueryOptions(visitId: string) {
  return queryOptions({ queryKey: fieldKeys.timesheets(visitId), queryFn: ({ signal }) => getVisitTimesheets(visitId, signal) });
}

export function useVisitTimesheets(visitId: string) {
  return useQuery(visitTimesheetsQueryOptions(visitId));
}
