export const keyRingKeys = {
  /** A customer's keys and everything read about them (pages, logs): one prefix to refresh after a change. */
  customer: (customerId: string) => ['office', 'customers', customerId, 'keys'] as const,
  page: (customerId: string, page: number) => ['office', 'customers', customerId, 'keys', 'page', page] as const,
  log: (customerId: string, keyId: string, page: number) => ['office', 'customers', customerId, 'keys', 'log', keyId, page] as const,
  holders: ['office', 'key-holders'] as const,
  visit: (visitId: string) => ['field', 'visits', visitId, 'keys'] as const,
};
