import { useMutation } from '@tanstack/react-query';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { useCustomerSaved } from './use-customer-saved.ts';

export function restoreCustomer(id: string): Promise<CustomerDetail> {
  return apiRequest<CustomerDetail>(`/api/office/customers/${encodeURIComponent(id)}/restore`, { body: emptyBody });
}

export function useRestoreCustomer(id: string) {
  const saved = useCustomerSaved();
  return useMutation({ mutationFn: () => restoreCustomer(id), onSuccess: saved });
}
