import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody } from '../../../../shared/features/auth/auth.contract.ts';
import type { PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { forgetAccessRevoked } from './access-revoked.ts';
import { authKeys } from './query-keys.ts';

export function portalLogin(slug: string, body: LoginBody): Promise<PortalMe> {
  return apiRequest<PortalMe>(`/api/portal/${encodeURIComponent(slug)}/login`, { body });
}

export function usePortalLogin({ slug, onSuccess }: { slug: string; onSuccess: (me: PortalMe) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => portalLogin(slug, body),
    onSuccess: (me) => {
      forgetAccessRevoked(slug);
      queryClient.setQueryData(authKeys.portalMe(slug), me);
      onSuccess(me);
    },
  });
}
