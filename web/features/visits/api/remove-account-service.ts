import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { visitKeys } from './query-keys.ts';

export function removeAccountService(id: string): Promise<void> {
  return apiRequest(`/api/office/account-services/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useRemoveAccountService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeAccountService,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.all }),
  });
}
