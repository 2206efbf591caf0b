import { useQueryClient } from '@tanstack/react-query';
import type { OfficeRequestDetail } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { requestKeys } from './query-keys.ts';

/** After any change to a request: show the new state at once, and let the inbox, badges and notifications catch up. */
export function useOfficeRequestSaved() {
  const queryClient = useQueryClient();
  return (request: OfficeRequestDetail) => {
    queryClient.setQueryData(requestKeys.officeDetail(request.id), request);
    void queryClient.invalidateQueries({ queryKey: ['office'] });
  };
}
