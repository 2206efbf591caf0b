import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export function logout(): Promise<void> {
  return apiRequest<undefined>('/api/auth/logout', { method: 'POST', body: emptyBody });
}

/**
 * Signs out, leaves the signed-in area, then forgets every cached answer so the next person on this device
 * sees nothing of the last. Leaving first keeps the open page from refetching into a 401.
 */
export function useLogout({ leave }: { leave: () => Promise<void> }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: async () => {
      queryClient.setQueryData(authKeys.staffMe, null);
      await leave();
      queryClient.clear();
    },
  });
}
