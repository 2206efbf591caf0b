import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalUserPath } from './paths.ts';
import { usePortalUserListUpdate } from './use-portal-user-saved.ts';

/** Takes away this person's access to this customer only; their access to other customers stays. */
export function removePortalUser(customerId: string, portalUserId: string): Promise<void> {
  return apiRequest<undefined>(portalUserPath(customerId, portalUserId), { method: 'DELETE' });
}

export function useRemovePortalUser(customerId: string) {
  const updateList = usePortalUserListUpdate(customerId);
  return useMutation({
    mutationFn: (portalUserId: string) => removePortalUser(customerId, portalUserId),
    onSuccess: (_result, portalUserId) => { updateList((items) => items.filter((item) => item.id !== portalUserId)); },
  });
}
