import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TaxRate } from '../../../../shared/features/billing/document-lines.contract.ts';
import type {
  AcceptQuoteInput,
  DeclineQuoteInput,
  PendingQuotes,
  PortalQuote,
  Quote,
  QuoteInput,
  QuoteList,
  QuoteStatus,
  QuoteUpdate,
  ScheduleQuoteInput,
} from '../../../../shared/features/billing/quotes.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';

export interface QuoteListParams {
  status?: QuoteStatus;
  customerId?: string;
  page: number;
  pageSize: number;
}

export const quoteKeys = {
  all: ['office', 'quotes'] as const,
  list: (params: QuoteListParams) => ['office', 'quotes', 'list', params] as const,
  detail: (id: string) => ['office', 'quotes', id] as const,
  taxRates: ['office', 'billing', 'tax-rates'] as const,
  portalAll: (slug: string) => ['portal', slug, 'quotes'] as const,
  portal: (slug: string, id: string) => ['portal', slug, 'quotes', id] as const,
  pending: (slug: string) => ['portal', slug, 'quotes', 'pending'] as const,
};

const enc = encodeURIComponent;

// ── The office ──────────────────────────────────────────────────────────────────────────

export function useQuotes(params: QuoteListParams) {
  return useQuery({
    queryKey: quoteKeys.list(params),
    queryFn: ({ signal }) => apiRequest<QuoteList>('/api/office/quotes', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useQuote(id: string) {
  return useQuery({ queryKey: quoteKeys.detail(id), queryFn: ({ signal }) => apiRequest<Quote>(`/api/office/quotes/${enc(id)}`, { signal }) });
}

/** The company's tax rates, as the invoices part of billing serves them. */
export function useTaxRates() {
  return useQuery({ queryKey: quoteKeys.taxRates, queryFn: ({ signal }) => apiRequest<{ items: TaxRate[] }>('/api/office/billing/tax-rates', { signal }) });
}

function useQuoteWrite<I>(write: (input: I) => Promise<Quote>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (quote) => {
      queryClient.setQueryData(quoteKeys.detail(quote.id), quote);
      return queryClient.invalidateQueries({ queryKey: ['office', 'quotes', 'list'] });
    },
  });
}

export const useCreateQuote = () => useQuoteWrite((input: QuoteInput) => apiRequest<Quote>('/api/office/quotes', { method: 'POST', body: input }));
export const useUpdateQuote = (id: string) => useQuoteWrite((input: QuoteUpdate) => apiRequest<Quote>(`/api/office/quotes/${enc(id)}`, { method: 'PUT', body: input }));
export const useSendQuote = (id: string) => useQuoteWrite(() => apiRequest<Quote>(`/api/office/quotes/${enc(id)}/send`, { method: 'POST', body: emptyBody }));
export const useScheduleQuote = (id: string) =>
  useQuoteWrite(async (input: ScheduleQuoteInput) => (await apiRequest<{ quote: Quote }>(`/api/office/quotes/${enc(id)}/schedule`, { method: 'POST', body: input })).quote);

export function useDeleteQuote(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiRequest<void>(`/api/office/quotes/${enc(id)}`, { method: 'DELETE' }),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: quoteKeys.detail(id) });
      return queryClient.invalidateQueries({ queryKey: ['office', 'quotes', 'list'] });
    },
  });
}

// ── The portal ──────────────────────────────────────────────────────────────────────────

export function usePortalQuote(slug: string, id: string) {
  return useQuery({ queryKey: quoteKeys.portal(slug, id), queryFn: ({ signal }) => apiRequest<PortalQuote>(`/api/portal/${enc(slug)}/quotes/${enc(id)}`, { signal }) });
}

export function usePendingQuotes(slug: string) {
  return useQuery({ queryKey: quoteKeys.pending(slug), queryFn: ({ signal }) => apiRequest<PendingQuotes>(`/api/portal/${enc(slug)}/quotes/pending`, { signal }) });
}

function useAnswer<I>(slug: string, id: string, action: 'accept' | 'decline') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: I) => apiRequest<PortalQuote>(`/api/portal/${enc(slug)}/quotes/${enc(id)}/${action}`, { method: 'POST', body: input }),
    onSuccess: (quote) => {
      queryClient.setQueryData(quoteKeys.portal(slug, id), quote);
      return queryClient.invalidateQueries({ queryKey: quoteKeys.pending(slug) });
    },
    // Answered elsewhere or expired meanwhile: read it again, so the page says so.
    onError: () => queryClient.invalidateQueries({ queryKey: quoteKeys.portal(slug, id) }),
  });
}

export const useAcceptQuote = (slug: string, id: string) => useAnswer<AcceptQuoteInput>(slug, id, 'accept');
export const useDeclineQuote = (slug: string, id: string) => useAnswer<DeclineQuoteInput>(slug, id, 'decline');
