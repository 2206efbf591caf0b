import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type {
  CustomerList,
  CustomerType,
  customerSorts,
  customerStatuses,
} from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customerKeys } from './query-keys.ts';

export type CustomerStatus = (typeof customerStatuses)[number];
export type CustomerSort = (typeof customerSorts)[number];

export interface CustomerListParams {
  q?: string;
  type?: CustomerType;
  status?: CustomerStatus;
  sort?: CustomerSort;
  page: number;
  pageSize: number;
}

export function getCustomers(params: CustomerListParams, signal?: AbortSignal): Promise<CustomerList> {
  return apiRequest<CustomerList>('/api/office/customers', { query: { ...params }, signal });
}

export function customersQueryOptions(params: CustomerListParams) {
  return queryOptions({
    queryKey: customerKeys.list(params),
    queryFn: ({ signal }) => getCustomers(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCustomers(params: CustomerListParams) {
  return useQuery(customersQueryOptions(params));
}
