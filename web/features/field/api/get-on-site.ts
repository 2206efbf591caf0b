import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OnSite } from '../../../../shared/features/field/field.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { fieldKeys } from './query-keys.ts';

export function getOnSite(from: string, to: string, signal?: AbortSignal): Promise<OnSite> {
  return apiRequest<OnSite>('/api/office/on-site', { query: { from, to }, signal });
}

export function onSiteQueryOptions(from: string, to: string) {
  return queryOptions({ queryKey: fieldKeys.onSite(from, to), queryFn: ({ signal }) => getOnSite(from, to, signal), refetchInterval: 60_000 });
}

/** Who is clocked in now at visits starting in a range: the schedule marks them on site. */
export function useOnSite(from: string, to: string) {
  return useQuery(onSiteQueryOptions(from, to));
}
