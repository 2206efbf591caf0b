import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Service } from '../../../../shared/features/services/services.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { serviceKeys } from './query-keys.ts';

export function getServices(signal?: AbortSignal): Promise<{ items: Service[] }> {
  return apiRequest<{ items: Service[] }>('/api/office/services', { signal });
}

export function servicesQueryOptions() {
  return queryOptions({ queryKey: serviceKeys.services, queryFn: ({ signal }) => getServices(signal) });
}

export function useServices() {
  return useQuery(servicesQueryOptions());
}
