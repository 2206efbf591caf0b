import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PaymentSettings, PaymentSettingsInput } from '../../../../shared/features/billing/payment-settings.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { paymentSettingsKey } from './get-payment-settings.ts';

export function updatePaymentSettings(body: PaymentSettingsInput): Promise<PaymentSettings> {
  return apiRequest<PaymentSettings>('/api/office/settings/payments', { method: 'PUT', body });
}

export function useUpdatePaymentSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePaymentSettings, onSuccess: (saved) => queryClient.setQueryData(paymentSettingsKey, saved) });
}
