import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { FeatureUnavailable } from '../../../features/portal/components/feature-unavailable.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { usePortalRequests } from '../../../features/service-requests/api/get-portal-requests.ts';
import { NewRequestButton } from '../../../features/service-requests/components/new-request-button.tsx';
import { PortalRequestLists } from '../../../features/service-requests/components/portal-request-list.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

function Requests({ slug, locationId, locationName, companyName }: { slug: string; locationId: string; locationName: string; companyName: string }) {
  const { t } = useTranslation('portal');
  const query = usePortalRequests(slug, locationId);

  function renderBody() {
    if (isApiError(query.error, 404)) {
      return <FeatureUnavailable slug={slug} feature="serviceRequests" locationName={locationName} companyName={companyName} />;
    }
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('requests.loadFailed')} />;
    if (!query.data) return <Skeleton height={160} radius="lg" />;
    return <PortalRequestLists slug={slug} locationId={locationId} />;
  }

  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('requests.title')} description={t('requests.atLocation', { location: locationName })} actions={<NewRequestButton slug={slug} locationId={locationId} />} />
      {renderBody()}
    </Stack>
  );
}

export function PortalRequestsPage() {
  const { t } = useTranslation('portal');
  const { slug, me, location } = usePortalPage();
  usePageTitle(t('requests.title'), me.company.displayName);
  if (!location?.features.serviceRequests) {
    return (
      <Stack gap="lg">
        <PortalPageHeader slug={slug} title={t('requests.title')} />
        <FeatureUnavailable slug={slug} feature="serviceRequests" locationName={location?.name ?? null} companyName={me.company.displayName} />
      </Stack>
    );
  }
  return <Requests key={location.id} slug={slug} locationId={location.id} locationName={location.name} companyName={me.company.displayName} />;
}
