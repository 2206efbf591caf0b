import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { OfficeRequestDetail, officeReplySchema } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useOfficeRequestSaved } from './use-office-request-saved.ts';

export type OfficeReply = z.input<typeof officeReplySchema>;

/** A reply to the customer, or with `internal` a note only the office sees. */
export function sendOfficeMessage(id: string, body: OfficeReply): Promise<OfficeRequestDetail> {
  return apiRequest<OfficeRequestDetail>(`/api/office/requests/${encodeURIComponent(id)}/messages`, { body });
}

export function useSendOfficeMessage(id: string) {
  const saved = useOfficeRequestSaved();
  return useMutation({ mutationFn: (body: OfficeReply) => sendOfficeMessage(id, body), onSuccess: saved });
}
