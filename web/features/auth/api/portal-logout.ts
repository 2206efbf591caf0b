import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export function portalLogout(slug: string): Promise<void> {
  return apiRequest<undefined>(`/api/portal/${encodeURIComponent(slug)}/logout`, { method: 'POST', body: emptyBody });
}

/** Like staff sign-out: leave first, then forget every cached answer, as customers often share devices. */
export function usePortalLogout({ slug, leave }: { slug: string; leave: () => Promise<void> }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => portalLogout(slug),
    onSettled: async () => {
      queryClient.setQueryData(authKeys.portalMe(slug), null);
      await leave();
      queryClient.clear();
    },
  });
}
