import { useMutation } from '@tanstack/react-query';
import type { PortalUser, PortalUserInput } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalUsersPath } from './paths.ts';
import { usePortalUserSaved } from './use-portal-user-saved.ts';

/** Adds the person without emailing them; "Enable" sends the invitation when the office is ready. */
export function createPortalUser(customerId: string, body: PortalUserInput): Promise<PortalUser> {
  return apiRequest<PortalUser>(portalUsersPath(customerId), { body });
}

export function useCreatePortalUser(customerId: string) {
  const saved = usePortalUserSaved(customerId);
  return useMutation({ mutationFn: (body: PortalUserInput) => createPortalUser(customerId, body), onSuccess: saved });
}
