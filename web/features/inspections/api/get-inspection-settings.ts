import { useQuery } from '@tanstack/react-query';
import type { InspectionSettings } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function getInspectionSettings(signal?: AbortSignal): Promise<InspectionSettings> {
  return apiRequest<InspectionSettings>('/api/office/settings/inspections', { signal });
}

export function useInspectionSettings() {
  return useQuery({ queryKey: inspectionKeys.settings, queryFn: ({ signal }) => getInspectionSettings(signal) });
}
