import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Uploaded on its own, before the request or reply it belongs to is sent. */
export function uploadPortalAttachment(slug: string, locationId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<Attachment>(
    `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/attachments`,
    { method: 'POST', form },
  );
}
