import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { emailChangeBodySchema } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export type EmailChangeBody = z.infer<typeof emailChangeBodySchema>;

/** Emails a confirmation link to the new address; the sign-in email changes only when that link is opened. */
export function portalRequestEmailChange(slug: string, body: EmailChangeBody): Promise<{ message: string }> {
  return apiRequest<{ message: string }>(`/api/portal/${encodeURIComponent(slug)}/account/email`, { body });
}

export function usePortalRequestEmailChange(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EmailChangeBody) => portalRequestEmailChange(slug, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: authKeys.portalMe(slug) }),
  });
}
