import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OfficeDashboard } from '../../../../shared/features/dashboard/dashboard.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function getDashboard(signal?: AbortSignal): Promise<OfficeDashboard> {
  return apiRequest<OfficeDashboard>('/api/office/dashboard', { signal });
}

export function dashboardQueryOptions() {
  return queryOptions({
    queryKey: ['office', 'dashboard'],
    queryFn: ({ signal }) => getDashboard(signal),
  });
}

export function useDashboard() {
  return useQuery(dashboardQueryOptions());
}
