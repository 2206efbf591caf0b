import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PortalMe, portalAccountInputSchema } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export type PortalAccountInput = z.input<typeof portalAccountInputSchema>;

export function portalUpdateAccount(slug: string, body: PortalAccountInput): Promise<PortalMe> {
  return apiRequest<PortalMe>(`/api/portal/${encodeURIComponent(slug)}/account`, { method: 'PUT', body });
}

export function usePortalUpdateAccount(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PortalAccountInput) => portalUpdateAccount(slug, body),
    onSuccess: (me) => { queryClient.setQueryData(authKeys.portalMe(slug), me); },
  });
}
