import { queryOptions, useQuery } from '@tanstack/react-query';
import type { CalendarSubscription } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

/** Whether the signed-in customer has a calendar link (the link itself is never shown again). */
export function getPortalCalendarSubscription(slug: string, signal?: AbortSignal): Promise<CalendarSubscription> {
  return apiRequest<CalendarSubscription>(`/api/portal/${encodeURIComponent(slug)}/calendar`, { signal });
}

export function portalCalendarSubscriptionQueryOptions(slug: string) {
  return queryOptions({ queryKey: portalVisitKeys.calendar(slug), queryFn: ({ signal }) => getPortalCalendarSubscription(slug, signal) });
}

export function usePortalCalendarSubscription(slug: string) {
  return useQuery(portalCalendarSubscriptionQueryOptions(slug));
}
