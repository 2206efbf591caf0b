import { useMutation } from '@tanstack/react-query';
import type { CleaningArea, CleaningAreaInput } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePlanChanged } from './use-plan-changed.ts';

export function addArea(locationId: string, body: CleaningAreaInput): Promise<CleaningArea> {
  return apiRequest<CleaningArea>(`/api/office/locations/${encodeURIComponent(locationId)}/cleaning-plan/areas`, { method: 'POST', body });
}

export function useAddArea(locationId: string) {
  const changed = usePlanChanged(locationId);
  return useMutation({ mutationFn: (body: CleaningAreaInput) => addArea(locationId, body), onSuccess: changed });
}
