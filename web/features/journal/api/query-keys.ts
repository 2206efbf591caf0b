import type { JournalParams } from './get-journal.ts';

export const journalKeys = {
  all: ['office', 'journal'] as const,
  customer: (customerId: string) => ['office', 'journal', customerId] as const,
  list: (customerId: string, params: JournalParams) => ['office', 'journal', customerId, params] as const,
};
