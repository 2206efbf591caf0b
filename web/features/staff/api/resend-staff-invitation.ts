import { useMutation } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { useStaffMemberSaved } from './use-staff-member-saved.ts';

/** Emails a fresh invitation; the link sent before stops working. */
export function resendStaffInvitation(staffId: string): Promise<StaffMember> {
  return apiRequest<StaffMember>(`/api/office/staff/${encodeURIComponent(staffId)}/invitation`, { body: emptyBody });
}

export function useResendStaffInvitation() {
  const saved = useStaffMemberSaved();
  return useMutation({ mutationFn: resendStaffInvitation, onSuccess: saved });
}
