import { useMutation } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { useStaffMemberSaved } from './use-staff-member-saved.ts';

/** Lets a deactivated person sign in again (someone who never chose a password needs a fresh invitation). */
export function reactivateStaff(staffId: string): Promise<StaffMember> {
  return apiRequest<StaffMember>(`/api/office/staff/${encodeURIComponent(staffId)}/reactivate`, { body: emptyBody });
}

export function useReactivateStaff() {
  const saved = useStaffMemberSaved();
  return useMutation({ mutationFn: reactivateStaff, onSuccess: saved });
}
