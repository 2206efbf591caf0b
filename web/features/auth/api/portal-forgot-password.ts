import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { ForgotPasswordBody } from './forgot-password.ts';

export function portalForgotPassword(slug: string, body: ForgotPasswordBody): Promise<{ message: string }> {
  return apiRequest<{ message: string }>(`/api/portal/${encodeURIComponent(slug)}/forgot-password`, { body });
}

export function usePortalForgotPassword(slug: string) {
  return useMutation({ mutationFn: (body: ForgotPasswordBody) => portalForgotPassword(slug, body) });
}
