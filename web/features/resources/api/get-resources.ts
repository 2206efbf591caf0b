import { useQuery } from '@tanstack/react-query';
import type { ResourceList } from '../../../../shared/features/resources/resources.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

export function getResources(customerId: string, signal?: AbortSignal): Promise<ResourceList> {
  return apiRequest<ResourceList>(`/api/office/customers/${encodeURIComponent(customerId)}/resources`, { signal });
}

export function useResources(customerId: string) {
  return useQuery({ queryKey: resourceKeys.customer(customerId), queryFn: ({ signal }) => getResources(customerId, signal) });
}
