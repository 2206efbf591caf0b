import { useQueryClient } from '@tanstack/react-query';
import type { PortalRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { requestKeys } from './query-keys.ts';

/** After the customer changes a request: show it at once, and let the lists of requests catch up. */
export function usePortalRequestSaved(slug: string) {
  const queryClient = useQueryClient();
  return (request: PortalRequestDetail) => {
    queryClient.setQueryData(requestKeys.portalDetail(slug, request.id), request);
    void queryClient.invalidateQueries({ queryKey: requestKeys.portalList(slug, request.locationId) });
  };
}
