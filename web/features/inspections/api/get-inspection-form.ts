import { useQuery } from '@tanstack/react-query';
import type { InspectionForm } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function getInspectionForm(locationId: string, signal?: AbortSignal): Promise<InspectionForm> {
  return apiRequest<InspectionForm>(`/api/office/locations/${encodeURIComponent(locationId)}/inspection-form`, { signal });
}

export function useInspectionForm(locationId: string | undefined) {
  return useQuery({ queryKey: inspectionKeys.form(locationId ?? ''), queryFn: ({ signal }) => getInspectionForm(locationId!, signal), enabled: Boolean(locationId) });
}
