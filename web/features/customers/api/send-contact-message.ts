import { useMutation } from '@tanstack/react-query';
import type { ContactMessageInput, ContactMessageSent } from '../../../../shared/features/customers/contact-messages.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function sendContactMessage(customerId: string, contactId: string, body: ContactMessageInput): Promise<ContactMessageSent> {
  return apiRequest<ContactMessageSent>(`/api/office/customers/${encodeURIComponent(customerId)}/contacts/${encodeURIComponent(contactId)}/messages`, { method: 'POST', body });
}

export function useSendContactMessage(customerId: string, contactId: string) {
  return useMutation({ mutationFn: (body: ContactMessageInput) => sendContactMessage(customerId, contactId, body) });
}
