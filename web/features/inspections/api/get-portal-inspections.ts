import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InspectionList } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

const pageSize = 10;

export function getPortalInspections(slug: string, locationId: string, page: number, signal?: AbortSignal): Promise<InspectionList> {
  return apiRequest<InspectionList>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/inspections`, { query: { page, pageSize }, signal });
}

export function usePortalInspections(slug: string, locationId: string, page: number) {
  return useQuery({ queryKey: inspectionKeys.portalPage(slug, locationId, page), queryFn: ({ signal }) => getPortalInspections(slug, locationId, page, signal), placeholderData: keepPreviousData });
}
