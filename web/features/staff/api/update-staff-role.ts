import { useMutation } from '@tanstack/react-query';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import type { StaffRole } from '../../../../shared/roles.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useStaffMemberSaved } from './use-staff-member-saved.ts';

export function updateStaffRole(staffId: string, role: StaffRole): Promise<StaffMember> {
  return apiRequest<StaffMember>(`/api/office/staff/${encodeURIComponent(staffId)}/role`, { method: 'PUT', body: { role } });
}

export function useUpdateStaffRole() {
  const saved = useStaffMemberSaved();
  return useMutation({
    mutationFn: ({ staffId, role }: { staffId: string; role: StaffRole }) => updateStaffRole(staffId, role),
    onSuccess: saved,
  });
}
