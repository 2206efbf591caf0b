import { useMutation } from '@tanstack/react-query';
import type { CleaningTask, CleaningTaskInput } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePlanChanged } from './use-plan-changed.ts';

export function updateTask(taskId: string, body: CleaningTaskInput): Promise<CleaningTask> {
  return apiRequest<CleaningTask>(`/api/office/cleaning-plan-tasks/${encodeURIComponent(taskId)}`, { method: 'PUT', body });
}

export function useUpdateTask(locationId: string, taskId: string) {
  const changed = usePlanChanged(locationId);
  return useMutation({ mutationFn: (body: CleaningTaskInput) => updateTask(taskId, body), onSuccess: changed });
}
