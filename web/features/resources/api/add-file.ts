import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource } from '../../../../shared/features/resources/resources.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

/** A video on an office line takes minutes, not the usual upload wait. */
const largeUploadTimeoutMs = 15 * 60_000;

export type FileResourceInput = { title: string; description: string; shared: boolean; file: File };

export function addFile(customerId: string, input: FileResourceInput): Promise<Resource> {
  // The text fields go first: the server reads them before the file streams in.
  const form = new FormData();
  form.append('title', input.title);
  form.append('description', input.description);
  form.append('shared', String(input.shared));
  form.append('file', input.file);
  return apiRequest<Resource>(`/api/office/customers/${encodeURIComponent(customerId)}/resources/files`, { method: 'POST', form, timeoutMs: largeUploadTimeoutMs });
}

export function useAddFile(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FileResourceInput) => addFile(customerId, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.customer(customerId) }),
  });
}
