import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { forgotPasswordBodySchema } from '../../../../shared/features/auth/auth.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export type ForgotPasswordBody = z.infer<typeof forgotPasswordBodySchema>;

export function forgotPassword(body: ForgotPasswordBody): Promise<{ message: string }> {
  return apiRequest<{ message: string }>('/api/auth/forgot-password', { body });
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
