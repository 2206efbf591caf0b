import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { journalKeys } from './query-keys.ts';

export function deleteEntry(entryId: string): Promise<void> {
  return apiRequest<void>(`/api/office/journal-entries/${encodeURIComponent(entryId)}`, { method: 'DELETE' });
}

export function useDeleteEntry(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (entryId: string) => deleteEntry(entryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journalKeys.customer(customerId) }),
  });
}
