import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CleaningPlan } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { cleaningPlanKeys } from './query-keys.ts';

/** Replaces the location's plan with a copy of another location's of the same customer. */
export function copyPlan(locationId: string, fromLocationId: string): Promise<CleaningPlan> {
  return apiRequest<CleaningPlan>(`/api/office/locations/${encodeURIComponent(locationId)}/cleaning-plan/copy`, { method: 'POST', body: { fromLocationId } });
}

export function useCopyPlan(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fromLocationId: string) => copyPlan(locationId, fromLocationId),
    onSuccess: (plan) => {
      queryClient.setQueryData(cleaningPlanKeys.plan(locationId), plan);
      return queryClient.invalidateQueries({ queryKey: cleaningPlanKeys.sources(locationId) });
    },
  });
}
