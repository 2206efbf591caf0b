import { useMutation } from '@tanstack/react-query';
import type { StaffEmailInput, StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useStaffMemberSaved } from './use-staff-member-saved.ts';

/** Changes someone's sign-in address; links already emailed to the old one stop working. */
export function changeStaffEmail(staffId: string, body: StaffEmailInput): Promise<StaffMember> {
  return apiRequest<StaffMember>(`/api/office/staff/${encodeURIComponent(staffId)}/email`, { method: 'PUT', body });
}

export function useChangeStaffEmail(staffId: string) {
  const saved = useStaffMemberSaved();
  return useMutation({ mutationFn: (body: StaffEmailInput) => changeStaffEmail(staffId, body), onSuccess: saved });
}
