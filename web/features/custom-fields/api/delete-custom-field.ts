import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { customFieldKeys } from './query-keys.ts';

export function deleteCustomField(id: string): Promise<void> {
  return apiRequest<void>(`/api/office/custom-fields/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteCustomField() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCustomField, onSuccess: () => queryClient.invalidateQueries({ queryKey: customFieldKeys.all }) });
}
