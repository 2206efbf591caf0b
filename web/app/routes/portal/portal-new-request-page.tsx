import { Skeleton, Stack } from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { FeatureUnavailable } from '../../../features/portal/components/feature-unavailable.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { useRequestOptions } from '../../../features/service-requests/api/get-request-options.ts';
import { NewRequestForm } from '../../../features/service-requests/components/new-request-form.tsx';
import { PortalVisitSummary } from '../../../features/visits/components/portal-visit-summary.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const newRequestRoute = getRouteApi('/portal/$slug/signed-in/requests/new');

interface NewRequestProps {
  slug: string;
  locationId: string;
  /** The visit the request is about, when it was opened from a visit card. */
  visitId: string | undefined;
  locationName: string;
  companyName: string;
  readOnly: boolean;
}

function NewRequest({ slug, locationId, visitId, locationName, companyName, readOnly }: NewRequestProps) {
  const { t } = useTranslation('portal');
  const query = useRequestOptions(slug, locationId);
  const navigate = useNavigate();

  if (isApiError(query.error, 404)) {
    return <FeatureUnavailable slug={slug} feature="serviceRequests" locationName={locationName} companyName={companyName} />;
  }
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('requests.formLoadFailed')} />;
  if (!query.data) return <Skeleton height={320} radius="lg" />;
  return (
    <ReadOnlyFieldset readOnly={readOnly}>
      <Stack gap="md">
        {visitId ? <PortalVisitSummary slug={slug} visitId={visitId} /> : null}
        <NewRequestForm
          slug={slug}
          locationId={locationId}
          visitId={visitId}
          options={query.data}
          onCreated={(request) => {
            notifySaved(t('requests.sentMessage', { reference: request.reference }), t('requests.sentTitle'));
            void navigate({ to: '/portal/$slug/requests/$requestId', params: { slug, requestId: request.id } });
          }}
        />
      </Stack>
    </ReadOnlyFieldset>
  );
}

export function PortalNewRequestPage() {
  const { t } = useTranslation('portal');
  const { slug, me, location, readOnly } = usePortalPage();
  const { visitId } = newRequestRoute.useSearch();
  usePageTitle(t('requests.newRequest'), me.company.displayName);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} back="requests" title={t('requests.newRequest')} description={location ? t('requests.atLocation', { location: location.name }) : undefined} />
      {readOnly ? <ReadOnlyNotice /> : null}
      {location?.features.serviceRequests ? (
        <NewRequest key={location.id} slug={slug} locationId={location.id} visitId={visitId} locationName={location.name} companyName={me.company.displayName} readOnly={readOnly} />
      ) : (
        <FeatureUnavailable slug={slug} feature="serviceRequests" locationName={location?.name ?? null} companyName={me.company.displayName} />
      )}
    </Stack>
  );
}
