import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CalendarLink } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

export function subscribePortalCalendar(slug: string): Promise<CalendarLink> {
  return apiRequest<CalendarLink>(`/api/portal/${encodeURIComponent(slug)}/calendar`, { body: emptyBody });
}

/** Makes a new calendar link (the old one stops working); the answer holds the only copy of its address. */
export function useSubscribePortalCalendar(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => subscribePortalCalendar(slug),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalVisitKeys.calendar(slug) }),
  });
}
