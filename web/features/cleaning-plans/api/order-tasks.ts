import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CleaningArea, CleaningPlan } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { cleaningPlanKeys } from './query-keys.ts';

/** Every task of the area, in the new order. */
export function orderTasks(areaId: string, taskIds: string[]): Promise<CleaningArea> {
  return apiRequest<CleaningArea>(`/api/office/cleaning-plan-areas/${encodeURIComponent(areaId)}/task-order`, { method: 'PUT', body: { taskIds } });
}

export function useOrderTasks(locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ areaId, taskIds }: { areaId: string; taskIds: string[] }) => orderTasks(areaId, taskIds),
    onSuccess: (area) => {
      queryClient.setQueryData<CleaningPlan>(cleaningPlanKeys.plan(locationId), (plan) => plan && { ...plan, areas: plan.areas.map((item) => (item.id === area.id ? area : item)) });
    },
    onError: () => queryClient.invalidateQueries({ queryKey: cleaningPlanKeys.location(locationId) }),
  });
}
