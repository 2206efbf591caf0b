import { useMutation } from '@tanstack/react-query';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { portalUserPath } from './paths.ts';
import { usePortalUserSaved } from './use-portal-user-saved.ts';

/** Sends the invitation email, or sends it again; the person then chooses a password. */
export function enablePortalUser(customerId: string, portalUserId: string): Promise<PortalUser> {
  return apiRequest<PortalUser>(`${portalUserPath(customerId, portalUserId)}/enable`, { body: emptyBody });
}

export function useEnablePortalUser(customerId: string) {
  const saved = usePortalUserSaved(customerId);
  return useMutation({
    mutationFn: (portalUserId: string) => enablePortalUser(customerId, portalUserId),
    onSuccess: saved,
  });
}
