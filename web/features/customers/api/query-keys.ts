import type { CustomerListParams } from './get-customers.ts';

export const customerKeys = {
  all: ['office', 'customers'] as const,
  list: (params: CustomerListParams) => ['office', 'customers', 'list', params] as const,
  detail: (id: string) => ['office', 'customers', 'detail', id] as const,
  associatedStaff: (id: string) => ['office', 'customers', 'detail', id, 'associated-staff'] as const,
  notices: (id: string) => ['office', 'customers', 'detail', id, 'notices'] as const,
  agreement: (id: string) => ['office', 'customers', 'detail', id, 'agreement'] as const,
};
