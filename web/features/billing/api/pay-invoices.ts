import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PayInvoicesInput, Payment, PrepayInput } from '../../../../shared/features/billing/payments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const billingPath = (slug: string, locationId: string) => `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/billing`;

/** Pays the chosen invoices in one charge; the body's idempotency key makes a repeat find the same payment. */
export function payInvoices(slug: string, locationId: string, body: PayInvoicesInput): Promise<Payment> {
  return apiRequest<Payment>(`${billingPath(slug, locationId)}/payments`, { method: 'POST', body });
}

/** Asks the gateway again about a payment: after the bank's second step, or while it is being confirmed. */
export function refreshPayment(slug: string, locationId: string, paymentId: string): Promise<Payment> {
  return apiRequest<Payment>(`${billingPath(slug, locationId)}/payments/${encodeURIComponent(paymentId)}/refresh`, { method: 'POST' });
}

// Balances, invoice statuses and the history change with a payment: every billing view is read again.
const refreshBilling = (queryClient: ReturnType<typeof useQueryClient>, slug: string) => queryClient.invalidateQueries({ queryKey: ['portal', slug] });

export function usePayInvoices(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: PayInvoicesInput) => payInvoices(slug, locationId, body), onSettled: () => refreshBilling(queryClient, slug) });
}

export function useRefreshPayment(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (paymentId: string) => refreshPayment(slug, locationId, paymentId), onSettled: () => refreshBilling(queryClient, slug) });
}

/** Pays ahead; the amount sits as credit until the office applies it to an invoice. */
export function prepay(slug: string, locationId: string, body: PrepayInput): Promise<Payment> {
  return apiRequest<Payment>(`${billingPath(slug, locationId)}/prepayments`, { method: 'POST', body });
}

export function usePrepay(slug: string, locationId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: PrepayInput) => prepay(slug, locationId, body), onSettled: () => refreshBilling(queryClient, slug) });
}
