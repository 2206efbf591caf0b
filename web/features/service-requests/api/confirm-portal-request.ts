import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { customerConfirmationSchema, PortalRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePortalRequestSaved } from './use-portal-request-saved.ts';

export type CustomerConfirmation = z.input<typeof customerConfirmationSchema>;

/** The customer's answer to "Is it fixed?": yes resolves the request, no sends it back to the office. */
export function confirmPortalRequest(slug: string, id: string, body: CustomerConfirmation): Promise<PortalRequestDetail> {
  return apiRequest<PortalRequestDetail>(
    `/api/portal/${encodeURIComponent(slug)}/requests/${encodeURIComponent(id)}/confirmation`,
    { body },
  );
}

export function useConfirmPortalRequest(slug: string, id: string) {
  const saved = usePortalRequestSaved(slug);
  return useMutation({ mutationFn: (body: CustomerConfirmation) => confirmPortalRequest(slug, id, body), onSuccess: saved });
}
