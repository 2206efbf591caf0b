import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AccountService } from '../../../../shared/features/visits/visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { visitKeys } from './query-keys.ts';

export function getAccountServices(customerId: string, signal?: AbortSignal): Promise<{ items: AccountService[] }> {
  return apiRequest(`/api/office/customers/${encodeURIComponent(customerId)}/account-services`, { signal });
}

export function useAccountServices(customerId: string) {
  return useQuery(queryOptions({ queryKey: visitKeys.accountServices(customerId), queryFn: ({ signal }) => getAccountServices(customerId, signal) }));
}
