import { queryOptions, useQuery } from '@tanstack/react-query';
import type { PayPage } from '../../../../shared/features/billing/payments.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { paymentKeys } from './payment-keys.ts';

export function payPageQuery(slug: string, locationId: string) {
  return queryOptions({
    queryKey: paymentKeys.payPage(slug, locationId),
    queryFn: () => apiRequest<PayPage>(`/api/portal/${encodeURIComponent(slug)}/locations/${encodeURIComponent(locationId)}/billing/pay`),
  });
}

export function usePayPage(slug: string, locationId: string) {
  return useQuery(payPageQuery(slug, locationId));
}
