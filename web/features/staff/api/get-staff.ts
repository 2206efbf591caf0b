import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { staffKeys } from './query-keys.ts';

export function getStaff(signal?: AbortSignal): Promise<{ items: StaffMember[] }> {
  return apiRequest<{ items: StaffMember[] }>('/api/office/staff', { signal });
}

export function staffQueryOptions() {
  return queryOptions({ queryKey: staffKeys.list, queryFn: ({ signal }) => getStaff(signal) });
}

/** `enabled: false` for a page that shows staff only to roles allowed to list them. */
export function useStaff(options: { enabled?: boolean } = {}) {
  return useQuery({ ...staffQueryOptions(), enabled: options.enabled ?? true });
}

/** The office's address of a staff member's photo; it changes with each new photo, so the list never shows an old one. */
export function staffPhotoUrl(member: Pick<StaffMember, 'id' | 'photoVersion'>): string | null {
  return member.photoVersion ? `/api/office/staff/${encodeURIComponent(member.id)}/photo?v=${encodeURIComponent(member.photoVersion)}` : null;
}
