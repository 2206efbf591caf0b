import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { DetailQueryState } from '../../../components/detail-query-state.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { useOfficeRequest } from '../../../features/service-requests/api/get-office-request.ts';
import { useOpenOfficeRequest } from '../../../features/service-requests/api/open-office-request.ts';
import { OfficeRequestView } from '../../../features/service-requests/components/office-request-view.tsx';
import { staffQueryOptions } from '../../../features/staff/api/get-staff.ts';
import { RequestUpgradesCard } from '../../../features/upgrades/components/request-upgrades-card.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { serviceRequestsPolicy } from '../../../../shared/features/service-requests/service-requests.policy.ts';
import { visitsPolicy } from '../../../../shared/features/visits/visits.policy.ts';

const officeRoute = getRouteApi('/office');
const requestRoute = getRouteApi('/office/requests/$requestId');

export function RequestDetailPage() {
  const { t } = useTranslation('serviceRequests');
  const { me } = officeRoute.useRouteContext();
  const { requestId } = requestRoute.useParams();
  const query = useOfficeRequest(requestId);
  usePageTitle(query.data ? `${query.data.reference} ${query.data.subject}` : t('detail.pageTitle'));
  const canAssign = hasRoleAtLeast(me.user.role, serviceRequestsPolicy.assign);
  // Only managers and up may list staff; others see who is assigned without choosing.
  const staff = useQuery({ ...staffQueryOptions(), enabled: canAssign });
  const { mutate: markOpen } = useOpenOfficeRequest(requestId);
  const isNew = query.data?.status === 'new';

  // Reading a request changes nothing on the server; someone opening this page is what marks a new one open.
  useEffect(() => {
    if (isNew) markOpen();
  }, [isNew, markOpen]);

  return (
    <DetailQueryState query={query} thing="request">
      {(request) => (
        <>
          <AnchorLink to="/office/requests" size="sm" mb="xs" display="inline-block">
            {t('detail.back')}
          </AnchorLink>
          <RequestUpgradesCard requestId={request.id} canDecide={hasRoleAtLeast(me.user.role, visitsPolicy.manage)} />
          <OfficeRequestView
            request={request}
            canAssign={canAssign}
            // A deactivated person cannot sign in to work on it; a request they still hold keeps showing their name.
            staff={(staff.data?.items ?? []).filter((member) => member.state !== 'deactivated').map(({ id, name, role }) => ({ id, name, role }))}
          />
        </>
      )}
    </DetailQueryState>
  );
}
