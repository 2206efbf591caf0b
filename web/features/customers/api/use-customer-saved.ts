import { useQueryClient } from '@tanstack/react-query';
import type { CustomerDetail } from '../../../../shared/features/customers/customers.contract.ts';
import { customerKeys } from './query-keys.ts';

/** After any change to a customer: show the new details at once, and let lists and dashboard counts catch up. */
export function useCustomerSaved() {
  const queryClient = useQueryClient();
  return (customer: CustomerDetail) => {
    queryClient.setQueryData(customerKeys.detail(customer.id), customer);
    void queryClient.invalidateQueries({ queryKey: ['office'] });
  };
}
