import { useQuery } from '@tanstack/react-query';
import type { PlanSources } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { cleaningPlanKeys } from './query-keys.ts';

/** The same customer's other locations that have a plan to copy. */
export function getPlanSources(locationId: string, signal?: AbortSignal): Promise<PlanSources> {
  return apiRequest<PlanSources>(`/api/office/locations/${encodeURIComponent(locationId)}/cleaning-plan/sources`, { signal });
}

export function usePlanSources(locationId: string, enabled: boolean) {
  return useQuery({ queryKey: cleaningPlanKeys.sources(locationId), queryFn: ({ signal }) => getPlanSources(locationId, signal), enabled });
}
