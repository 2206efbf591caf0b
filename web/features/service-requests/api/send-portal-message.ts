import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PortalRequestDetail, replySchema } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { usePortalRequestSaved } from './use-portal-request-saved.ts';

export type PortalReply = z.input<typeof replySchema>;

export function sendPortalMessage(slug: string, id: string, body: PortalReply): Promise<PortalRequestDetail> {
  return apiRequest<PortalRequestDetail>(`/api/portal/${encodeURIComponent(slug)}/requests/${encodeURIComponent(id)}/messages`, { body });
}

export function useSendPortalMessage(slug: string, id: string) {
  const saved = usePortalRequestSaved(slug);
  return useMutation({ mutationFn: (body: PortalReply) => sendPortalMessage(slug, id, body), onSuccess: saved });
}
