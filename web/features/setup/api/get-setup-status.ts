import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export const setupStatusKey = ['setup-status'] as const;

export function getSetupStatus(signal?: AbortSignal): Promise<{ needed: boolean }> {
  return apiRequest<{ needed: boolean }>('/api/setup', { signal });
}

export function setupStatusQueryOptions() {
  return queryOptions({
    queryKey: setupStatusKey,
    queryFn: ({ signal }) => getSetupStatus(signal),
    staleTime: 60_000,
  });
}
