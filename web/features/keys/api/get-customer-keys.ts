import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { KeyList } from '../../../../shared/features/keys/keys.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { keyRingKeys } from './query-keys.ts';

export const keysPageSize = 25;

export function getCustomerKeys(customerId: string, page: number, signal?: AbortSignal): Promise<KeyList> {
  return apiRequest<KeyList>(`/api/office/customers/${encodeURIComponent(customerId)}/keys`, { query: { page, pageSize: keysPageSize }, signal });
}

export function customerKeysQueryOptions(customerId: string, page: number) {
  // The page on screen stays while the next one loads, so the table does not jump.
  return queryOptions({ queryKey: keyRingKeys.page(customerId, page), queryFn: ({ signal }) => getCustomerKeys(customerId, page, signal), placeholderData: keepPreviousData });
}

export function useCustomerKeys(customerId: string, page: number) {
  return useQuery(customerKeysQueryOptions(customerId, page));
}
