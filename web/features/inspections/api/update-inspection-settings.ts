import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InspectionSettings } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function updateInspectionSettings(body: InspectionSettings): Promise<InspectionSettings> {
  return apiRequest<InspectionSettings>('/api/office/settings/inspections', { method: 'PUT', body });
}

export function useUpdateInspectionSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateInspectionSettings, onSuccess: (saved) => queryClient.setQueryData(inspectionKeys.settings, saved) });
}
