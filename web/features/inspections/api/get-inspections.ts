import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { InspectionList } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export interface InspectionListParams {
  locationId?: string | undefined;
  customerId?: string | undefined;
  page: number;
  pageSize: number;
}

export function getInspections(params: InspectionListParams, signal?: AbortSignal): Promise<InspectionList> {
  return apiRequest<InspectionList>('/api/office/inspections', { query: { ...params }, signal });
}

export function useInspections(params: InspectionListParams) {
  return useQuery({ queryKey: inspectionKeys.list(params), queryFn: ({ signal }) => getInspections(params, signal), placeholderData: keepPreviousData });
}
