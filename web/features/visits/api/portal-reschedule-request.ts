import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RescheduleRequest, VisitRequestOpened } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function requestPortalReschedule(slug: string, visitId: string, body: RescheduleRequest): Promise<VisitRequestOpened> {
  return apiRequest<VisitRequestOpened>(`/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}/reschedule-request`, { body });
}

/** Asks to move a visit; the location's requests are read again, as a new one is among them. */
export function usePortalRescheduleRequest(slug: string, visitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RescheduleRequest) => requestPortalReschedule(slug, visitId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', slug, 'requests'] }),
  });
}
