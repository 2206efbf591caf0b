import { useQuery } from '@tanstack/react-query';
import type { PaymentSettings } from '../../../../shared/features/billing/payment-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export const paymentSettingsKey = ['billing', 'payment-settings'] as const;

export function getPaymentSettings(signal?: AbortSignal): Promise<PaymentSettings> {
  return apiRequest<PaymentSettings>('/api/office/settings/payments', { signal });
}

export function usePaymentSettings() {
  return useQuery({ queryKey: paymentSettingsKey, queryFn: ({ signal }) => getPaymentSettings(signal) });
}
