import { useQuery } from '@tanstack/react-query';
import type { CustomerNotices } from '../../../../shared/features/customers/customer-notices.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customerKeys } from './query-keys.ts';

export function getCustomerNotices(customerId: string, signal?: AbortSignal): Promise<CustomerNotices> {
  return apiRequest<CustomerNotices>(`/api/office/customers/${encodeURIComponent(customerId)}/notices`, { signal });
}

export function useCustomerNotices(customerId: string) {
  return useQuery({ queryKey: customerKeys.notices(customerId), queryFn: ({ signal }) => getCustomerNotices(customerId, signal) });
}
