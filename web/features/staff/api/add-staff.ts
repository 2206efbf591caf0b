import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AddStaffInput, StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Adds the person as invited; the server emails them a link to choose a password. */
export function addStaff(body: AddStaffInput): Promise<StaffMember> {
  return apiRequest<StaffMember>('/api/office/staff', { body });
}

export function useAddStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addStaff,
    // The list is sorted by name on the server; assignment pickers list staff too.
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['office'] }),
  });
}
