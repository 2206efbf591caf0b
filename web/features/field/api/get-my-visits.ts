import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FieldVisitList } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

/** My visits today and in the next seven days. */
export function getMyVisits(signal?: AbortSignal): Promise<FieldVisitList> {
  return apiRequest<FieldVisitList>('/api/field/visits', { signal });
}

export function myVisitsQueryOptions() {
  // On my way opens as the day's first visit nears: ask again every minute while the list is open.
  return queryOptions({ queryKey: fieldKeys.myVisits(), queryFn: ({ signal }) => getMyVisits(signal), refetchInterval: 60_000 });
}

export function useMyVisits() {
  return useQuery(myVisitsQueryOptions());
}
