import { useMutation } from '@tanstack/react-query';
import type { PortalUser, PortalUserInput } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalUserPath } from './paths.ts';
import { usePortalUserSaved } from './use-portal-user-saved.ts';

export function updatePortalUser(customerId: string, portalUserId: string, body: PortalUserInput): Promise<PortalUser> {
  return apiRequest<PortalUser>(portalUserPath(customerId, portalUserId), { method: 'PUT', body });
}

export function useUpdatePortalUser(customerId: string, portalUserId: string) {
  const saved = usePortalUserSaved(customerId);
  return useMutation({
    mutationFn: (body: PortalUserInput) => updatePortalUser(customerId, portalUserId, body),
    onSuccess: saved,
  });
}
