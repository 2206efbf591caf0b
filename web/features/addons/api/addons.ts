import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Addons } from '../../../../shared/features/addons/addons.ts';
import { apiRequest } from '../../../lib/api-client.ts';

const addonsKey = ['office', 'settings', 'addons'] as const;

export function addonsQueryOptions() {
  return queryOptions({ queryKey: addonsKey, queryFn: ({ signal }) => apiRequest<Addons>('/api/office/settings/addons', { signal }) });
}

export function useAddonSettings() {
  return useQuery(addonsQueryOptions());
}

export function useSaveAddons() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Addons) => apiRequest<Addons>('/api/office/settings/addons', { method: 'PUT', body }),
    onSuccess: (addons) => queryClient.setQueryData(addonsKey, addons),
  });
}
