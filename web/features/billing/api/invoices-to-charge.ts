import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChargeResults, InvoicesToCharge } from '../../../../shared/features/billing/payments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { paymentKeys } from './payment-keys.ts';

export const invoicesToChargeQuery = queryOptions({
  queryKey: paymentKeys.office,
  queryFn: () => apiRequest<InvoicesToCharge>('/api/office/billing/invoices-to-charge'),
});

export function useInvoicesToCharge() {
  return useQuery(invoicesToChargeQuery);
}

export function useChargeInvoices() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invoiceIds: string[]) => apiRequest<ChargeResults>('/api/office/billing/charges', { method: 'POST', body: { invoiceIds } }),
    // Invoice statuses and balances change everywhere the office shows them.
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['office', 'billing'] }),
  });
}
