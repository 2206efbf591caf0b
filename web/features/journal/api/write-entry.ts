import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { JournalEntry, JournalEntryInput } from '../../../../shared/features/journal/journal.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { journalKeys } from './query-keys.ts';

export function writeEntry(customerId: string, body: JournalEntryInput): Promise<JournalEntry> {
  return apiRequest<JournalEntry>(`/api/office/customers/${encodeURIComponent(customerId)}/journal`, { method: 'POST', body });
}

export function useWriteEntry(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JournalEntryInput) => writeEntry(customerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: journalKeys.customer(customerId) }),
  });
}
