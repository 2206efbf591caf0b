import { useMutation } from '@tanstack/react-query';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { useCustomerSaved } from './use-customer-saved.ts';

/** Archived customers drop out of the default list and their portal users cannot sign in. */
export function archiveCustomer(id: string): Promise<CustomerDetail> {
  return apiRequest<CustomerDetail>(`/api/office/customers/${encodeURIComponent(id)}/archive`, { body: emptyBody });
}

export function useArchiveCustomer(id: string) {
  const saved = useCustomerSaved();
  return useMutation({ mutationFn: () => archiveCustomer(id), onSuccess: saved });
}
