import { useQuery } from '@tanstack/react-query';
import type { LocationTrend } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export function getPortalInspectionTrend(slug: string, locationId: string, signal?: AbortSignal): Promise<LocationTrend> {
  return apiRequest<LocationTrend>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/inspections/trend`, { signal });
}

export function usePortalInspectionTrend(slug: string, locationId: string) {
  return useQuery({ queryKey: inspectionKeys.portalTrend(slug, locationId), queryFn: ({ signal }) => getPortalInspectionTrend(slug, locationId, signal) });
}
