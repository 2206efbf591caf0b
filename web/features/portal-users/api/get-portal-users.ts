import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalUserKeys } from './query-keys.ts';
import { portalUsersPath } from './paths.ts';

export function getPortalUsers(customerId: string, signal?: AbortSignal): Promise<{ items: PortalUser[] }> {
  return apiRequest<{ items: PortalUser[] }>(portalUsersPath(customerId), { signal });
}

export function portalUsersQueryOptions(customerId: string) {
  return queryOptions({
    queryKey: portalUserKeys.list(customerId),
    queryFn: ({ signal }) => getPortalUsers(customerId, signal),
  });
}

export function usePortalUsers(customerId: string) {
  return useQuery(portalUsersQueryOptions(customerId));
}
