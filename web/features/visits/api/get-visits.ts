import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { VisitStatus, visitListSchema } from '../../../../shared/features/visits/visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { visitKeys } from './query-keys.ts';

export type VisitList = z.infer<typeof visitListSchema>;

export interface VisitListParams {
  from?: string;
  to?: string;
  customerId?: string;
  locationId?: string;
  staffId?: string;
  status?: VisitStatus;
  order?: 'asc' | 'desc';
  cursor?: string | undefined;
  pageSize: number;
}

export function getVisits(params: VisitListParams, signal?: AbortSignal): Promise<VisitList> {
  return apiRequest('/api/office/visits', { query: { ...params }, signal });
}

export function useVisits(params: VisitListParams) {
  return useQuery(queryOptions({ queryKey: visitKeys.list(params), queryFn: ({ signal }) => getVisits(params, signal), placeholderData: keepPreviousData }));
}
