import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import type { ChangePasswordBody } from './change-password.ts';

export function portalChangePassword(slug: string, body: ChangePasswordBody): Promise<void> {
  return apiRequest<undefined>(`/api/portal/${encodeURIComponent(slug)}/change-password`, { body });
}

export function usePortalChangePassword(slug: string) {
  return useMutation({ mutationFn: (body: ChangePasswordBody) => portalChangePassword(slug, body) });
}
