import { useMutation } from '@tanstack/react-query';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { portalUserPath } from './paths.ts';
import { usePortalUserSaved } from './use-portal-user-saved.ts';

/** Gives a locked person their access back. */
export function unlockPortalUser(customerId: string, portalUserId: string): Promise<PortalUser> {
  return apiRequest<PortalUser>(`${portalUserPath(customerId, portalUserId)}/unlock`, { body: emptyBody });
}

export function useUnlockPortalUser(customerId: string) {
  const saved = usePortalUserSaved(customerId);
  return useMutation({
    mutationFn: (portalUserId: string) => unlockPortalUser(customerId, portalUserId),
    onSuccess: saved,
  });
}
