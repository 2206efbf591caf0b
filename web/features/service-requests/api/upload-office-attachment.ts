import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Uploaded on its own, before the reply it belongs to is sent; the location keeps the file with the customer's records. */
export function uploadOfficeAttachment(locationId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<Attachment>('/api/office/attachments', { method: 'POST', form, query: { locationId } });
}
