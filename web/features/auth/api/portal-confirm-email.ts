import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

/** Opens the link from the confirmation email: the new address becomes the one to sign in with. */
export function portalConfirmEmail(slug: string, token: string): Promise<{ message: string }> {
  return apiRequest<{ message: string }>(`/api/portal/${encodeURIComponent(slug)}/confirm-email`, { body: { token } });
}

export function usePortalConfirmEmail(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => portalConfirmEmail(slug, token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.portalMe(slug) }),
  });
}
