import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffMe } from '../../../../shared/features/auth/auth.contract.ts';
import { apiRequest, isApiError } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** The signed-in staff member, or null when nobody (or nobody allowed in) is signed in. */
export async function getStaffMe(signal?: AbortSignal): Promise<StaffMe | null> {
  try {
    return await apiRequest<StaffMe>('/api/auth/me', { signal });
  } catch (error) {
    if (isApiError(error, 401) || isApiError(error, 403)) return null;
    throw error;
  }
}

export function staffMeQueryOptions() {
  return queryOptions({
    queryKey: authKeys.staffMe,
    queryFn: ({ signal }) => getStaffMe(signal),
    staleTime: 5 * 60_000,
  });
}

export function useStaffMe() {
  return useQuery(staffMeQueryOptions());
}
