import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePlanChanged } from './use-plan-changed.ts';

export function removeTask(taskId: string): Promise<void> {
  return apiRequest<void>(`/api/office/cleaning-plan-tasks/${encodeURIComponent(taskId)}`, { method: 'DELETE' });
}

export function useRemoveTask(locationId: string) {
  const changed = usePlanChanged(locationId);
  return useMutation({ mutationFn: (taskId: string) => removeTask(taskId), onSuccess: changed });
}
