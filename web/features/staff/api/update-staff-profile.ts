import { useMutation } from '@tanstack/react-query';
import type { StaffMember, StaffProfileInput } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useStaffMemberSaved } from './use-staff-member-saved.ts';

export function updateStaffProfile(staffId: string, body: StaffProfileInput): Promise<StaffMember> {
  return apiRequest<StaffMember>(`/api/office/staff/${encodeURIComponent(staffId)}/profile`, { method: 'PUT', body });
}

export function useUpdateStaffProfile(staffId: string) {
  const saved = useStaffMemberSaved();
  return useMutation({ mutationFn: (body: StaffProfileInput) => updateStaffProfile(staffId, body), onSuccess: saved });
}
