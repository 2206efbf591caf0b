import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BillingSettings } from '../../../../shared/features/billing/billing-settings.contract.ts';
import type { TaxRate, TaxRateInput } from '../../../../shared/features/billing/document-lines.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { billingKeys } from './query-keys.ts';

export function useTaxRates() {
  return useQuery({ queryKey: billingKeys.taxRates, queryFn: ({ signal }) => apiRequest<{ items: TaxRate[] }>('/api/office/billing/tax-rates', { signal }) });
}

export function useBillingSettings() {
  return useQuery({ queryKey: billingKeys.settings, queryFn: ({ signal }) => apiRequest<BillingSettings>('/api/office/settings/billing', { signal }) });
}

export function useSaveTaxRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: TaxRateInput & { id?: string }) => apiRequest<TaxRate>(id ? `/api/office/billing/tax-rates/${id}` : '/api/office/billing/tax-rates', { method: id ? 'PUT' : 'POST', body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: billingKeys.taxRates }),
  });
}

export function useSaveBillingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BillingSettings) => apiRequest<BillingSettings>('/api/office/settings/billing', { method: 'PUT', body }),
    onSuccess: (saved) => queryClient.setQueryData(billingKeys.settings, saved),
  });
}
