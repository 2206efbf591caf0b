import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FieldVisit } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

/** One of my visits; another's answers 404. */
export function getMyVisit(id: string, signal?: AbortSignal): Promise<FieldVisit> {
  return apiRequest<FieldVisit>(`/api/field/visits/${encodeURIComponent(id)}`, { signal });
}

export function myVisitQueryOptions(id: string) {
  return queryOptions({ queryKey: fieldKeys.myVisit(id), queryFn: ({ signal }) => getMyVisit(id, signal), refetchInterval: 60_000 });
}

export function useMyVisit(id: string) {
  return useQuery(myVisitQueryOptions(id));
}
