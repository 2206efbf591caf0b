import { useMutation } from '@tanstack/react-query';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';

/** Emails the person a one-hour link to choose a new password. */
export function sendStaffPasswordLink(staffId: string): Promise<{ message: string }> {
  return apiRequest<{ message: string }>(`/api/office/staff/${encodeURIComponent(staffId)}/password-link`, { body: emptyBody });
}

export function useSendStaffPasswordLink() {
  return useMutation({ mutationFn: sendStaffPasswordLink });
}
