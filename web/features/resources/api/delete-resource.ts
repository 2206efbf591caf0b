import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

export function deleteResource(resourceId: string): Promise<void> {
  return apiRequest<void>(`/api/office/resources/${encodeURIComponent(resourceId)}`, { method: 'DELETE' });
}

export function useDeleteResource(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resourceId: string) => deleteResource(resourceId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.customer(customerId) }),
  });
}
