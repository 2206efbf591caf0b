import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { staffKeys } from './query-keys.ts';

export function uploadOwnPhoto(file: File): Promise<StaffMember> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<StaffMember>('/api/auth/profile/photo', { method: 'PUT', form });
}

export function useUploadOwnPhoto() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: uploadOwnPhoto, onSuccess: (member) => queryClient.setQueryData(staffKeys.ownProfile, member) });
}
