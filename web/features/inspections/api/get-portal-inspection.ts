import { useQuery } from '@tanstack/react-query';
import type { Inspection } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function getPortalInspection(slug: string, id: string, signal?: AbortSignal): Promise<Inspection> {
  return apiRequest<Inspection>(`/api/portal/${encodeURIComponent(slug)}/inspections/${encodeURIComponent(id)}`, { signal });
}

export function usePortalInspection(slug: string, id: string) {
  return useQuery({ queryKey: inspectionKeys.portalDetail(slug, id), queryFn: ({ signal }) => getPortalInspection(slug, id, signal) });
}
