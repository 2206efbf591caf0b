import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  applyCreditSchema,
  creditNoteInputSchema,
  CustomerBilling,
  FromVisitsResult,
  fromVisitsSchema,
  Invoice,
  InvoiceInput,
  InvoiceList,
  InvoiceView,
  invoiceUpdateSchema,
  manualPaymentSchema,
  refundInputSchema,
  RefundResult,
  SendResult,
} from '../../../../shared/features/billing/invoices.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { billingKeys } from './query-keys.ts';

export interface InvoiceListParams {
  view: InvoiceView;
  customerId?: string;
  from?: string;
  to?: string;
  minTotal?: number;
  maxTotal?: number;
  q?: string;
  cursor?: string | undefined;
}

export function useInvoices(params: InvoiceListParams) {
  return useQuery({
    queryKey: billingKeys.invoices(params),
    queryFn: ({ signal }) => apiRequest<InvoiceList>('/api/office/invoices', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInvoice(id: string) {
  return useQuery({ queryKey: billingKeys.invoice(id), queryFn: ({ signal }) => apiRequest<Invoice>(`/api/office/invoices/${id}`, { signal }) });
}

export function useCustomerBilling(customerId: string) {
  return useQuery({ queryKey: billingKeys.customer(customerId), queryFn: ({ signal }) => apiRequest<CustomerBilling>(`/api/office/customers/${customerId}/billing`, { signal }) });
}

/** Customers to choose from when writing an invoice, by part of their name. */
export function useCustomerOptions(q: string) {
  return useQuery({
    queryKey: billingKeys.customerOptions(q),
    queryFn: ({ signal }) => apiRequest<{ items: { id: string; name: string }[] }>('/api/office/customers', { query: { q, page: 1, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Every billing write changes lists, totals and the invoice itself: refresh all of billing. */
function useBillingMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: billingKeys.all }) });
}

export const useCreateInvoice = () => useBillingMutation((body: InvoiceInput) => apiRequest<Invoice>('/api/office/invoices', { method: 'POST', body }));
export const useUpdateInvoice = (id: string) => useBillingMutation((body: z.input<typeof invoiceUpdateSchema>) => apiRequest<Invoice>(`/api/office/invoices/${id}`, { method: 'PUT', body }));
export const useDeleteInvoice = (id: string) => useBillingMutation(() => apiRequest<void>(`/api/office/invoices/${id}`, { method: 'DELETE' }));
export const useSendInvoice = (id: string) => useBillingMutation(() => apiRequest<SendResult>(`/api/office/invoices/${id}/send`, { method: 'POST', body: {} }));
export const useVoidInvoice = (id: string) => useBillingMutation((reason: string) => apiRequest<Invoice>(`/api/office/invoices/${id}/void`, { method: 'POST', body: { reason } }));
export const useCreditNote = (id: string) => useBillingMutation((body: z.input<typeof creditNoteInputSchema>) => apiRequest<Invoice>(`/api/office/invoices/${id}/credit-notes`, { method: 'POST', body }));
export const useRecordPayment = (id: string) => useBillingMutation((body: z.input<typeof manualPaymentSchema>) => apiRequest<Invoice>(`/api/office/invoices/${id}/payments`, { method: 'POST', body }));
export const useApplyCredit = (customerId: string) =>
  useBillingMutation((body: z.input<typeof applyCreditSchema>) => apiRequest<Invoice>(`/api/office/customers/${customerId}/credit/apply`, { method: 'POST', body }));
export const useInvoiceVisits = () => useBillingMutation((body: z.input<typeof fromVisitsSchema>) => apiRequest<FromVisitsResult>('/api/office/invoices/from-visits', { method: 'POST', body }));
/** Refunds part or all of a card payment's part of the invoice; the body's key is made once per dialog, so a double click refunds once. */
export const useRefundPayment = (invoiceId: string) =>
  useBillingMutation(({ paymentId, ...body }: z.input<typeof refundInputSchema> & { paymentId: string }) =>
    apiRequest<RefundResult>(`/api/office/invoices/${invoiceId}/payments/${paymentId}/refunds`, { method: 'POST', body }),
  );
