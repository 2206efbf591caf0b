import type { VisitListParams } from './get-visits.ts';

export const visitKeys = {
  all: ['office', 'visits'] as const,
  accountServices: (customerId: string) => ['office', 'visits', 'account-services', customerId] as const,
  waitingList: (page: number) => ['office', 'visits', 'waiting-list', page] as const,
  list: (params: VisitListParams) => ['office', 'visits', 'list', params] as const,
};
