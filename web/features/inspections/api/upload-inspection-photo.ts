import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** A photo for an area, uploaded as soon as it is picked and attached when the inspection is saved. */
export function uploadInspectionPhoto(locationId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<Attachment>('/api/office/attachments', { method: 'POST', form, query: { locationId } });
}
