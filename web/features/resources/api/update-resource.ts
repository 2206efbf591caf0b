import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource, ResourceUpdate } from '../../../../shared/features/resources/resources.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

export function updateResource(resourceId: string, body: ResourceUpdate): Promise<Resource> {
  return apiRequest<Resource>(`/api/office/resources/${encodeURIComponent(resourceId)}`, { method: 'PUT', body });
}

export function useUpdateResource(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resourceId, body }: { resourceId: string; body: ResourceUpdate }) => updateResource(resourceId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.customer(customerId) }),
  });
}
