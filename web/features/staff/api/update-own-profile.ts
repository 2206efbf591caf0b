import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffMember, StaffProfileInput } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { staffKeys } from './query-keys.ts';

export function updateOwnProfile(body: StaffProfileInput): Promise<StaffMember> {
  return apiRequest<StaffMember>('/api/auth/profile', { method: 'PUT', body });
}

export function useUpdateOwnProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOwnProfile,
    onSuccess: (member) => {
      queryClient.setQueryData(staffKeys.ownProfile, member);
      // Whether this person can get texts shows in the staff list and on every location's assignments.
      void queryClient.invalidateQueries({ queryKey: ['office'] });
    },
  });
}
