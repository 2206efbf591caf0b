import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { staffKeys } from './query-keys.ts';

export function removeOwnPhoto(): Promise<StaffMember> {
  return apiRequest<StaffMember>('/api/auth/profile/photo', { method: 'DELETE' });
}

export function useRemoveOwnPhoto() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeOwnPhoto, onSuccess: (member) => queryClient.setQueryData(staffKeys.ownProfile, member) });
}
