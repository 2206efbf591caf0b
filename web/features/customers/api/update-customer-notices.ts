import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CustomerNotices, CustomerNoticeSwitches } from '../../../../shared/features/customers/customer-notices.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customerKeys } from './query-keys.ts';

export function updateCustomerNotices(customerId: string, body: CustomerNoticeSwitches): Promise<CustomerNotices> {
  return apiRequest<CustomerNotices>(`/api/office/customers/${encodeURIComponent(customerId)}/notices`, { method: 'PUT', body });
}

export function useUpdateCustomerNotices(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CustomerNoticeSwitches) => updateCustomerNotices(customerId, body),
    onSuccess: (notices) => { queryClient.setQueryData(customerKeys.notices(customerId), notices); },
  });
}
