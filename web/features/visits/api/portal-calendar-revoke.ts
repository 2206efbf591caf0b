import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

export function revokePortalCalendar(slug: string): Promise<void> {
  return apiRequest<void>(`/api/portal/${encodeURIComponent(slug)}/calendar`, { method: 'DELETE' });
}

export function useRevokePortalCalendar(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokePortalCalendar(slug),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalVisitKeys.calendar(slug) }),
  });
}
