import { useQuery } from '@tanstack/react-query';
import type { ServiceAgreement } from '../../../../shared/features/customers/service-agreement.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customerKeys } from './query-keys.ts';

export function getServiceAgreement(customerId: string, signal?: AbortSignal): Promise<ServiceAgreement> {
  return apiRequest<ServiceAgreement>(`/api/office/customers/${encodeURIComponent(customerId)}/agreement`, { signal });
}

export function useServiceAgreement(customerId: string) {
  return useQuery({ queryKey: customerKeys.agreement(customerId), queryFn: ({ signal }) => getServiceAgreement(customerId, signal) });
}
