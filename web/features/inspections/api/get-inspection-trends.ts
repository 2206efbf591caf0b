import { useQuery } from '@tanstack/react-query';
import type { LocationTrend } from '../../../../shared/features/inspections/inspections.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { inspectionKeys } from './query-keys.ts';

export type TrendParams = { locationId?: string | undefined; customerId?: string | undefined };

export function getInspectionTrends(params: TrendParams, signal?: AbortSignal): Promise<{ locations: LocationTrend[] }> {
  return apiRequest<{ locations: LocationTrend[] }>('/api/office/inspections/trends', { query: { ...params }, signal });
}

export function useInspectionTrends(params: TrendParams) {
  return useQuery({ queryKey: inspectionKeys.trends(params), queryFn: ({ signal }) => getInspectionTrends(params, signal) });
}
