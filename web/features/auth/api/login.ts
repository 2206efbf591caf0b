import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, StaffMe } from '../../../../shared/features/auth/auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { authKeys } from './query-keys.ts';

export function login(body: LoginBody): Promise<StaffMe> {
  return apiRequest<StaffMe>('/api/auth/login', { body });
}

export function useLogin({ onSuccess }: { onSuccess: (me: StaffMe) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => {
      queryClient.setQueryData(authKeys.staffMe, me);
      onSuccess(me);
    },
  });
}
