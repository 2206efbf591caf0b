import { useMutation } from '@tanstack/react-query';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { portalUserPath } from './paths.ts';
import { usePortalUserSaved } from './use-portal-user-saved.ts';

/** Revokes access at once: the person is signed out and cannot sign in until unlocked. */
export function lockPortalUser(customerId: string, portalUserId: string): Promise<PortalUser> {
  return apiRequest<PortalUser>(`${portalUserPath(customerId, portalUserId)}/lock`, { body: emptyBody });
}

export function useLockPortalUser(customerId: string) {
  const saved = usePortalUserSaved(customerId);
  return useMutation({
    mutationFn: (portalUserId: string) => lockPortalUser(customerId, portalUserId),
    onSuccess: saved,
  });
}
