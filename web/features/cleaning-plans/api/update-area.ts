import { useMutation } from '@tanstack/react-query';
import type { CleaningArea, CleaningAreaInput } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePlanChanged } from './use-plan-changed.ts';

export function updateArea(areaId: string, body: CleaningAreaInput): Promise<CleaningArea> {
  return apiRequest<CleaningArea>(`/api/office/cleaning-plan-areas/${encodeURIComponent(areaId)}`, { method: 'PUT', body });
}

export function useUpdateArea(locationId: string, areaId: string) {
  const changed = usePlanChanged(locationId);
  return useMutation({ mutationFn: (body: CleaningAreaInput) => updateArea(areaId, body), onSuccess: changed });
}
