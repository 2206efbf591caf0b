import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PortalVisit } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest, emptyBody } from '../../../lib/api-client.ts';
import { portalVisitKeys } from './portal-query-keys.ts';

export function skipPortalVisit(slug: string, visitId: string): Promise<PortalVisit> {
  return apiRequest<PortalVisit>(`/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}/skip`, { body: emptyBody });
}

/** Skips a visit; the lists and the next visit on home are read again, since the next one may now be another. */
export function useSkipPortalVisit(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (visitId: string) => skipPortalVisit(slug, visitId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalVisitKeys.all(slug) }),
  });
}
