import { useMutation } from '@tanstack/react-query';
import type { CustomerDetail, CustomerInput } from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useCustomerSaved } from './use-customer-saved.ts';

export function updateCustomer(id: string, body: CustomerInput): Promise<CustomerDetail> {
  return apiRequest<CustomerDetail>(`/api/office/customers/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

export function useUpdateCustomer(id: string) {
  const saved = useCustomerSaved();
  return useMutation({ mutationFn: (body: CustomerInput) => updateCustomer(id, body), onSuccess: saved });
}
