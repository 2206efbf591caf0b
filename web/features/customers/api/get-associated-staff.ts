import { useQuery } from '@tanstack/react-query';
import type { AssociatedStaff } from '../../../../shared/features/customers/customers.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { customerKeys } from './query-keys.ts';

export function getAssociatedStaff(customerId: string, signal?: AbortSignal): Promise<AssociatedStaff> {
  return apiRequest<AssociatedStaff>(`/api/office/customers/${encodeURIComponent(customerId)}/associated-staff`, { signal });
}

export function useAssociatedStaff(customerId: string) {
  return useQuery({ queryKey: customerKeys.associatedStaff(customerId), queryFn: ({ signal }) => getAssociatedStaff(customerId, signal) });
}
