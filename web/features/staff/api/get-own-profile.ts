import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { staffKeys } from './query-keys.ts';

/** The signed-in staff member's own profile, with the mobile details that the sign-in answer leaves out. */
export function getOwnProfile(signal?: AbortSignal): Promise<StaffMember> {
  return apiRequest<StaffMember>('/api/auth/profile', { signal });
}

export function ownProfileQueryOptions() {
  return queryOptions({ queryKey: staffKeys.ownProfile, queryFn: ({ signal }) => getOwnProfile(signal) });
}

export function useOwnProfile() {
  return useQuery(ownProfileQueryOptions());
}

/** The address of one's own photo; it changes with each new photo, so the browser never shows an old one. */
export function ownPhotoUrl(member: Pick<StaffMember, 'photoVersion'>): string | null {
  return member.photoVersion ? `/api/auth/profile/photo?v=${encodeURIComponent(member.photoVersion)}` : null;
}
