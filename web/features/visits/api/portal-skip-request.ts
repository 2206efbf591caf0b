import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SkipRequest, VisitRequestOpened } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { apiRequest } from '../../../lib/api-client.ts';

export function requestPortalSkip(slug: string, visitId: string, body: SkipRequest): Promise<VisitRequestOpened> {
  return apiRequest<VisitRequestOpened>(`/api/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visitId)}/skip-request`, { body });
}

/** Asks the office to skip a visit it is too late to skip; the location's requests are read again. */
export function usePortalSkipRequest(slug: string, visitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SkipRequest) => requestPortalSkip(slug, visitId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', slug, 'requests'] }),
  });
}
