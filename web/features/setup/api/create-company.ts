import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { StaffMe } from '../../../../shared/features/auth/auth.contract.ts';
import type { SetupBody } from '../../../../shared/features/setup/setup.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { setupStatusKey } from './get-setup-status.ts';

/** First-run setup: creates the company and its owner, and signs the owner in. */
export function createCompany(body: SetupBody): Promise<StaffMe> {
  return apiRequest<StaffMe>('/api/setup', { body });
}

export function useCreateCompany({ onSuccess }: { onSuccess: (me: StaffMe) => void }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCompany,
    onSuccess: (me) => {
      queryClient.setQueryData(setupStatusKey, { needed: false });
      onSuccess(me);
    },
  });
}
