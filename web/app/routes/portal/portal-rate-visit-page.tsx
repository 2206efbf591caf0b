import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useVisitRating } from '../../../features/feedback/api/get-visit-rating.ts';
import { RateVisit } from '../../../features/feedback/components/rate-visit.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { useFollowLocation } from '../../../features/portal/components/use-selected-location.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const rateVisitRoute = getRouteApi('/portal/$slug/signed-in/rate/$visitId');

/** What the rating link emailed when a visit completes opens (after sign-in, when there is no session). */
export function PortalRateVisitPage() {
  const { t } = useTranslation('feedback');
  const { slug, me, readOnly } = usePortalPage();
  const { visitId } = rateVisitRoute.useParams();
  usePageTitle(t('rateVisit.title'), me.company.displayName);
  // The header's location follows the visit, as it does for a visit's upgrades.
  useFollowLocation(slug, me.locations, useVisitRating(slug, visitId).data?.visit.locationId);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('rateVisit.title')} description={t('rateVisit.description', { company: me.company.displayName })} />
      {readOnly ? <ReadOnlyNotice /> : null}
      <RateVisit slug={slug} visitId={visitId} readOnly={readOnly} />
    </Stack>
  );
}
