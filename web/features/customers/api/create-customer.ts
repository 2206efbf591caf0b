import { useMutation } from '@tanstack/react-query';
import type { CustomerDetail, CustomerInput } from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { useCustomerSaved } from './use-customer-saved.ts';

export function createCustomer(body: CustomerInput): Promise<CustomerDetail> {
  return apiRequest<CustomerDetail>('/api/office/customers', { body });
}

export function useCreateCustomer() {
  const saved = useCustomerSaved();
  return useMutation({ mutationFn: createCustomer, onSuccess: saved });
}
