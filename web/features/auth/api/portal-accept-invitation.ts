import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { acceptInvitationBodySchema, PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { forgetAccessRevoked } from './access-revoked.ts';
import { authKeys } from './query-keys.ts';

export type AcceptInvitationBody = z.infer<typeof acceptInvitationBodySchema>;

/** Sets the invited person's first password and signs them in. */
export function portalAcceptInvitation(slug: string, body: AcceptInvitationBody): Promise<PortalMe> {
  return apiRequest<PortalMe>(`/api/portal/${encodeURIComponent(slug)}/accept-invitation`, { body });
}

export function usePortalAcceptInvitation({ slug, onSuccess }: { slug: string; onSuccess: (me: PortalMe) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AcceptInvitationBody) => portalAcceptInvitation(slug, body),
    onSuccess: (me) => {
      forgetAccessRevoked(slug);
      queryClient.setQueryData(authKeys.portalMe(slug), me);
      onSuccess(me);
    },
  });
}
