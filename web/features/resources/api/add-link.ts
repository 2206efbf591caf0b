import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Resource, ResourceLinkInput } from '../../../../shared/features/resources/resources.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { resourceKeys } from './query-keys.ts';

export function addLink(customerId: string, body: ResourceLinkInput): Promise<Resource> {
  return apiRequest<Resource>(`/api/office/customers/${encodeURIComponent(customerId)}/resources/links`, { method: 'POST', body });
}

export function useAddLink(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResourceLinkInput) => addLink(customerId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.customer(customerId) }),
  });
}
