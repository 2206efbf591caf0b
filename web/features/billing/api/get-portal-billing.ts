import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { HistoryList, PortalBillingSummary, PortalInvoiceDetail, PortalInvoiceList, PortalInvoiceQuery } from '../../../../shared/features/billing/portal-billing.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalBillingKeys } from './portal-billing-keys.ts';

const billingPath = (slug: string, locationId: string) => `/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/billing`;

function queryString(values: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The balance, overdue part and credit of the customer of the selected location; 404 unless the user is its billing contact. */
export function useBillingSummary(slug: string, locationId: string, enabled = true) {
  return useQuery({
    queryKey: portalBillingKeys.summary(slug, locationId),
    queryFn: ({ signal }) => apiRequest<PortalBillingSummary>(billingPath(slug, locationId), { signal }),
    enabled,
  });
}

export function usePortalInvoices(slug: string, locationId: string, query: PortalInvoiceQuery) {
  return useQuery({
    queryKey: portalBillingKeys.invoices(slug, locationId, query),
    queryFn: ({ signal }) => apiRequest<PortalInvoiceList>(`${billingPath(slug, locationId)}/invoices${queryString({ ...query } as Record<string, string | number | undefined>)}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePortalInvoice(slug: string, locationId: string, invoiceId: string) {
  return useQuery({
    queryKey: portalBillingKeys.invoice(slug, locationId, invoiceId),
    queryFn: ({ signal }) => apiRequest<PortalInvoiceDetail>(`${billingPath(slug, locationId)}/invoices/${encodeURIComponent(invoiceId)}`, { signal }),
  });
}

export function usePaymentHistory(slug: string, locationId: string, page: number) {
  return useQuery({
    queryKey: portalBillingKeys.history(slug, locationId, page),
    queryFn: ({ signal }) => apiRequest<HistoryList>(`${billingPath(slug, locationId)}/history${queryString({ page })}`, { signal }),
    placeholderData: keepPreviousData,
  });
}

/** The PDF's address; it names the page's language so a browser never answers from a copy in another one. */
export function invoicePdfUrl(slug: string, locationId: string, invoiceId: string, language: string): string {
  return `${billingPath(slug, locationId)}/invoices/${encodeURIComponent(invoiceId)}.pdf?v=${encodeURIComponent(language)}`;
}
