import { useMutation } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { useStaffMemberSaved } from './use-staff-member-saved.ts';

/** Refuses the person at once: their open sessions end on their next click. */
export function deactivateStaff(staffId: string): Promise<StaffMember> {
  return apiRequest<StaffMember>(`/api/office/staff/${encodeURIComponent(staffId)}/deactivate`, { body: emptyBody });
}

export function useDeactivateStaff() {
  const saved = useStaffMemberSaved();
  return useMutation({ mutationFn: deactivateStaff, onSuccess: saved });
}
