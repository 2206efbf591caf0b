import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountService, AccountServiceInput } from '../../../../shared/features/visits/visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { visitKeys } from './query-keys.ts';

export function createAccountService(customerId: string, body: AccountServiceInput): Promise<AccountService> {
  return apiRequest(`/api/office/customers/${encodeURIComponent(customerId)}/account-services`, { body });
}

export function updateAccountService(id: string, body: AccountServiceInput): Promise<AccountService> {
  return apiRequest(`/api/office/account-services/${encodeURIComponent(id)}`, { method: 'PUT', body });
}

/** Adds a service to the account, or changes one when `id` is given; a change can move visits, so every visit list is read again. */
export function useSaveAccountService(customerId: string, id?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AccountServiceInput) => (id ? updateAccountService(id, body) : createAccountService(customerId, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.all }),
  });
}
