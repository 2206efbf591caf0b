import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { resetPasswordBodySchema } from '../../../../shared/features/auth/auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type ResetPasswordBody = z.infer<typeof resetPasswordBodySchema>;

/** One endpoint for staff and portal accounts: the token says whose password it is. */
export function resetPassword(body: ResetPasswordBody): Promise<{ message: string }> {
  return apiRequest<{ message: string }>('/api/auth/reset-password', { body });
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
