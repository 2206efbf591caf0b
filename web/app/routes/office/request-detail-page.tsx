import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { DetailQueryState } from '../../../components/detail-query-state.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { notificationKeys } from '../../../features/notifications/api/query-keys.ts';
import { useOfficeRequest } from '../../../features/service-requests/api/get-office-request.ts';
import { requestKeys } from '../../../features/service-requests/api/query-keys.ts';
import { OfficeRequestView } from '../../../features/service-requests/components/office-request-view.tsx';
import { staffQueryOptions } from '../../../features/staff/api/get-staff.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { serviceRequestsPolicy } from '../../../../shared/features/service-requests/service-requests.policy.ts';

const officeRoute = getRouteApi('/office');
const requestRoute = getRouteApi('/office/requests/$requestId');

export function RequestDetailPage() {
  const { me } = officeRoute.useRouteContext();
  const { requestId } = requestRoute.useParams();
  const query = useOfficeRequest(requestId);
  usePageTitle(query.data ? `${query.data.reference} ${query.data.subject}` : 'Request');
  const canAssign = hasRoleAtLeast(me.user.role, serviceRequestsPolicy.assign);
  // Only managers and up may list staff; others see who is assigned without choosing.
  const staff = useQuery({ ...staffQueryOptions(), enabled: canAssign });
  const queryClient = useQueryClient();
  const loadedId = query.data?.id;

  // Opening a new request marks it open on the server, so the inbox and the "new" badge change with it.
  useEffect(() => {
    if (!loadedId) return;
    void queryClient.invalidateQueries({ queryKey: requestKeys.inboxes });
    void queryClient.invalidateQueries({ queryKey: notificationKeys.list });
  }, [loadedId, queryClient]);

  return (
    <DetailQueryState query={query} thing="Request">
      {(request) => (
        <>
          <AnchorLink to="/office/requests" size="sm" mb="xs" display="inline-block">
            ← Requests
          </AnchorLink>
          <OfficeRequestView
            request={request}
            canAssign={canAssign}
            staff={(staff.data?.items ?? []).map(({ id, name }) => ({ id, name }))}
          />
        </>
      )}
    </DetailQueryState>
  );
}
