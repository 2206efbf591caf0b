import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Assignment } from '../../../../shared/features/locations/locations.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { locationKeys } from './query-keys.ts';

export function getAssignments(locationId: string, signal?: AbortSignal): Promise<{ items: Assignment[] }> {
  return apiRequest<{ items: Assignment[] }>(`/api/office/locations/${encodeURIComponent(locationId)}/assignments`, { signal });
}

export function assignmentsQueryOptions(locationId: string) {
  return queryOptions({
    queryKey: locationKeys.assignments(locationId),
    queryFn: ({ signal }) => getAssignments(locationId, signal),
  });
}

export function useAssignments(locationId: string) {
  return useQuery(assignmentsQueryOptions(locationId));
}
