import { queryOptions } from '@tanstack/react-query';
import type { PortalInfo } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export function getPortalInfo(slug: string, signal?: AbortSignal): Promise<PortalInfo> {
  return apiRequest<PortalInfo>(`/api/portal/${encodeURIComponent(slug)}`, { signal });
}

export function portalInfoQueryOptions(slug: string) {
  return queryOptions({
    queryKey: authKeys.portalInfo(slug),
    queryFn: ({ signal }) => getPortalInfo(slug, signal),
    staleTime: 5 * 60_000,
  });
}
