import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { CustomerList } from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type CustomerType = 'commercial' | 'residential';

export interface CustomerListParams {
  q?: string;
  type?: CustomerType;
  page: number;
  pageSize: number;
}

export function getCustomers(params: CustomerListParams, signal?: AbortSignal): Promise<CustomerList> {
  return apiRequest<CustomerList>('/api/office/customers', { query: { ...params }, signal });
}

export function customersQueryOptions(params: CustomerListParams) {
  return queryOptions({
    queryKey: ['office', 'customers', params],
    queryFn: ({ signal }) => getCustomers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCustomers(params: CustomerListParams) {
  return useQuery(customersQueryOptions(params));
}
