import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import type { StaffMe } from '../../shared/features/auth/auth.contract.ts';
import type { PortalInfo, PortalMe } from '../../shared/features/auth/portal-auth.contract.ts';
import { portalInfoQueryOptions } from '../features/auth/api/get-portal-info.ts';
import { portalMeQueryOptions } from '../features/auth/api/get-portal-me.ts';
import { staffMeQueryOptions } from '../features/auth/api/get-staff-me.ts';
import { setupStatusQueryOptions } from '../features/setup/api/get-setup-status.ts';
import { isApiError } from '../lib/api-client.ts';

// `query` answers from the cache while the data is fresh (each query's own staleTime), so guards cost nothing
// on most navigations yet notice a changed session every few minutes.

export async function setupNeeded(queryClient: QueryClient): Promise<boolean> {
  return (await queryClient.query(setupStatusQueryOptions())).needed;
}

export function staffMe(queryClient: QueryClient): Promise<StaffMe | null> {
  return queryClient.query(staffMeQueryOptions());
}

/** The signed-in staff member; anyone else goes to the sign-in page and comes back here afterwards. */
export async function requireStaffMe(queryClient: QueryClient, returnTo: string): Promise<StaffMe> {
  const me = await staffMe(queryClient);
  if (!me) throw redirect({ to: '/login', search: { redirect: returnTo } });
  return me;
}

export async function getPortalInfoOrNull(queryClient: QueryClient, slug: string): Promise<PortalInfo | null> {
  try {
    return await queryClient.query(portalInfoQueryOptions(slug));
  } catch (error) {
    if (isApiError(error, 404)) return null;
    throw error;
  }
}

export function portalMe(queryClient: QueryClient, slug: string): Promise<PortalMe | null> {
  return queryClient.query(portalMeQueryOptions(slug));
}

/** Starts asking who is signed in to this portal, so a guard further down finds the answer under way. */
export function prefetchPortalMe(queryClient: QueryClient, slug: string): void {
  void queryClient.prefetchQuery(portalMeQueryOptions(slug));
}

/** The signed-in customer contact; anyone else goes to this portal's sign-in page and comes back afterwards. */
export async function requirePortalMe(queryClient: QueryClient, slug: string, returnTo: string): Promise<PortalMe> {
  const me = await portalMe(queryClient, slug);
  if (me) return me;
  const search = returnTo === `/portal/${slug}` ? {} : { redirect: returnTo };
  throw redirect({ to: '/portal/$slug/login', params: { slug }, search });
}
