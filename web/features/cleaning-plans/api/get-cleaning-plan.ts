import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CleaningPlan } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { cleaningPlanKeys } from './query-keys.ts';

export function getCleaningPlan(locationId: string, signal?: AbortSignal): Promise<CleaningPlan> {
  return apiRequest<CleaningPlan>(`/api/office/locations/${encodeURIComponent(locationId)}/cleaning-plan`, { signal });
}

export function cleaningPlanQueryOptions(locationId: string) {
  return queryOptions({ queryKey: cleaningPlanKeys.plan(locationId), queryFn: ({ signal }) => getCleaningPlan(locationId, signal) });
}

export function useCleaningPlan(locationId: string) {
  return useQuery(cleaningPlanQueryOptions(locationId));
}
