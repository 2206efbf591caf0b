import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AccountService } from '../../../../shared/features/visits/visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { visitKeys } from './query-keys.ts';

export function scheduleAccountService(id: string): Promise<AccountService> {
  return apiRequest(`/api/office/account-services/${encodeURIComponent(id)}/schedule`, { method: 'POST' });
}

export function useScheduleAccountService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: scheduleAccountService,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: visitKeys.all }),
  });
}
