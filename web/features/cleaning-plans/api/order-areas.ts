import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CleaningPlan } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { cleaningPlanKeys } from './query-keys.ts';

/** Every area of the plan, in the new order. */
export function orderAreas(locationId: string, areaIds: string[]): Promise<CleaningPlan> {
  return apiRequest<CleaningPlan>(`/api/office/locations/${encodeURIComponent(locationId)}/cleaning-plan/area-order`, { method: 'PUT', body: { areaIds } });
}

export function useOrderAreas(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (areaIds: string[]) => orderAreas(locationId, areaIds),
    onSuccess: (plan) => { queryClient.setQueryData(cleaningPlanKeys.plan(locationId), plan); },
    // Someone else changed the plan meanwhile: show it as it is now.
    onError: () => queryClient.invalidateQueries({ queryKey: cleaningPlanKeys.location(locationId) }),
  });
}
