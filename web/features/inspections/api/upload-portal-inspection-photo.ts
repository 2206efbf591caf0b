import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** A customer's photo for an area, uploaded as soon as it is picked and attached when their inspection is saved. */
export function uploadPortalInspectionPhoto(slug: string, locationId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  // Marked as for an inspection: the location needs Quality checks for it, not Service requests.
  return apiRequest<Attachment>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/attachments`, {
    method: 'POST',
    form,
    query: { purpose: 'inspection' },
  });
}
