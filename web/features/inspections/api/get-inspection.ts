import { useQuery } from '@tanstack/react-query';
import type { Inspection } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function getInspection(id: string, signal?: AbortSignal): Promise<Inspection> {
  return apiRequest<Inspection>(`/api/office/inspections/${encodeURIComponent(id)}`, { signal });
}

export function useInspection(id: string) {
  return useQuery({ queryKey: inspectionKeys.detail(id), queryFn: ({ signal }) => getInspection(id, signal) });
}
