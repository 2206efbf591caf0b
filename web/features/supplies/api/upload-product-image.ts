import { useMutation } from '@tanstack/react-query';
import type { Attachment } from '../../../../shared/features/attachments/attachments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

/** Uploaded on its own; the product takes it when the product is saved. */
export function uploadProductImage(file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file);
  return apiRequest<Attachment>('/api/office/attachments', { method: 'POST', form });
}

export function useUploadProductImage() {
  return useMutation({ mutationFn: uploadProductImage });
}
