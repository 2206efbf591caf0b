import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VisitWork } from '../../../../shared/features/field/checklist.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

/** My visit's checklist, notes and photos. */
export function myVisitWorkQueryOptions(visitId: string) {
  return queryOptions({
    queryKey: fieldKeys.myVisitWork(visitId),
    queryFn: ({ signal }) => apiRequest<VisitWork>(`/api/field/visits/${encodeURIComponent(visitId)}/work`, { signal }),
  });
}

export function useMyVisitWork(visitId: string) {
  return useQuery(myVisitWorkQueryOptions(visitId));
}

/** A visit's work as the office reads it: every note, problems marked. */
export function useOfficeVisitWork(visitId: string) {
  return useQuery({
    queryKey: fieldKeys.visitWork(visitId),
    queryFn: ({ signal }) => apiRequest<VisitWork>(`/api/office/visits/${encodeURIComponent(visitId)}/work`, { signal }),
  });
}
