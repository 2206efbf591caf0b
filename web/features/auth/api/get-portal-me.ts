import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { apiRequest, isApiError } from '../../../lib/api-client.ts';
import { rememberAccessRevoked } from './access-revoked.ts';
import { authKeys } from './query-keys.ts';

/** The signed-in customer contact of this company's portal, or null when not signed in there. */
export async function getPortalMe(slug: string, signal?: AbortSignal): Promise<PortalMe | null> {
  try {
    return await apiRequest<PortalMe>(`/api/portal/${encodeURIComponent(slug)}/me`, { signal });
  } catch (error) {
    if (isApiError(error) && error.code === 'access_revoked') {
      rememberAccessRevoked(slug, error.message);
      return null;
    }
    if (isApiError(error, 401) || isApiError(error, 403)) return null;
    throw error;
  }
}

export function portalMeQueryOptions(slug: string) {
  return queryOptions({
    queryKey: authKeys.portalMe(slug),
    queryFn: ({ signal }) => getPortalMe(slug, signal),
    staleTime: 5 * 60_000,
  });
}

/**
 * The signed-in contact, kept fresh: checked every 30 seconds and whenever the tab comes back into view, so
 * someone the office has locked out is signed out of an open page within half a minute.
 */
export function useWatchedPortalMe(slug: string) {
  return useQuery({ ...portalMeQueryOptions(slug), refetchInterval: 30_000, refetchOnWindowFocus: 'always' });
}

/** The signed-in contact as last fetched, for pages inside the portal layout (which does the watching). */
export function usePortalMe(slug: string) {
  return useQuery(portalMeQueryOptions(slug));
}
