import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { changePasswordBodySchema } from '../../../../shared/features/auth/auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type ChangePasswordBody = z.infer<typeof changePasswordBodySchema>;

export function changePassword(body: ChangePasswordBody): Promise<void> {
  return apiRequest<undefined>('/api/auth/change-password', { body });
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
