import { queryOptions } from '@tanstack/react-query';
import type { PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { apiRequest, isApiError } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** The signed-in customer contact of this company's portal, or null when not signed in there. */
export async function getPortalMe(slug: string, signal?: AbortSignal): Promise<PortalMe | null> {
  try {
    return await apiRequest<PortalMe>(`/api/portal/${encodeURIComponent(slug)}/me`, { signal });
  } catch (error) {
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
