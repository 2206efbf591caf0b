import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffMe } from '../../../../shared/features/auth/auth.contract.ts';
import type { AcceptStaffInvitationBody } from '../../../../shared/features/staff/staff.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** Sets an invited staff member's first password and signs them in. */
export function acceptStaffInvitation(body: AcceptStaffInvitationBody): Promise<StaffMe> {
  return apiRequest<StaffMe>('/api/auth/accept-invitation', { body });
}

export function useAcceptStaffInvitation({ onSuccess }: { onSuccess: (me: StaffMe) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptStaffInvitation,
    onSuccess: (me) => {
      queryClient.setQueryData(authKeys.staffMe, me);
      onSuccess(me);
    },
  });
}
