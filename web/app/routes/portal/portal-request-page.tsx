import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DetailQueryState } from '../../../components/detail-query-state.tsx';
import { PortalBackLink } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { useFollowLocation } from '../../../features/portal/components/use-selected-location.ts';
import { usePortalRequest } from '../../../features/service-requests/api/get-portal-request.ts';
import { PortalRequestView } from '../../../features/service-requests/components/portal-request-view.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const requestRoute = getRouteApi('/portal/$slug/signed-in/requests/$requestId');

export function PortalRequestPage() {
  const { t } = useTranslation('portal');
  const { slug, me, readOnly } = usePortalPage();
  const { requestId } = requestRoute.useParams();
  const query = usePortalRequest(slug, requestId);
  useFollowLocation(slug, me.locations, query.data?.locationId);
  usePageTitle(query.data ? `${query.data.reference} ${query.data.subject}` : t('requests.request'), me.company.displayName);

  return (
    <DetailQueryState query={query} thing="request">
      {(request) => (
        <Stack gap="lg">
          <PortalBackLink slug={slug} to="requests" />
          {readOnly ? <ReadOnlyNotice /> : null}
          <PortalRequestView slug={slug} request={request} readOnly={readOnly} />
        </Stack>
      )}
    </DetailQueryState>
  );
}
