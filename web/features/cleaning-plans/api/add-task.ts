import { useMutation } from '@tanstack/react-query';
import type { CleaningTask, CleaningTaskInput } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePlanChanged } from './use-plan-changed.ts';

export function addTask(areaId: string, body: CleaningTaskInput): Promise<CleaningTask> {
  return apiRequest<CleaningTask>(`/api/office/cleaning-plan-areas/${encodeURIComponent(areaId)}/tasks`, { method: 'POST', body });
}

export function useAddTask(locationId: string, areaId: string) {
  const changed = usePlanChanged(locationId);
  return useMutation({ mutationFn: (body: CleaningTaskInput) => addTask(areaId, body), onSuccess: changed });
}
