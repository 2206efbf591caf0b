import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePlanChanged } from './use-plan-changed.ts';

/** Removes the area with its tasks. */
export function removeArea(areaId: string): Promise<void> {
  return apiRequest<void>(`/api/office/cleaning-plan-areas/${encodeURIComponent(areaId)}`, { method: 'DELETE' });
}

export function useRemoveArea(locationId: string) {
  const changed = usePlanChanged(locationId);
  return useMutation({ mutationFn: (areaId: string) => removeArea(areaId), onSuccess: changed });
}
