import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { useFollowLocation } from '../../../features/portal/components/use-selected-location.ts';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { useVisitUpgrades } from '../../../features/upgrades/api/get-visit-upgrades.ts';
import { VisitUpgradesView } from '../../../features/upgrades/components/visit-upgrades-view.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const visitUpgradesRoute = getRouteApi('/portal/$slug/signed-in/visits/$visitId/upgrades');

/** Upgrades (add-ons) for one visit; the home page's next-visit card links here. */
export function PortalVisitUpgradesPage() {
  const { t } = useTranslation('portalUpgrades');
  const { slug, me, readOnly } = usePortalPage();
  const { visitId } = visitUpgradesRoute.useParams();
  usePageTitle(t('title'), me.company.displayName);
  // The header's location follows the visit, as it follows a request opened from an email.
  useFollowLocation(slug, me.locations, useVisitUpgrades(slug, visitId).data?.visit.locationId);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('title')} description={t('description', { company: me.company.displayName })} />
      {readOnly ? <ReadOnlyNotice /> : null}
      <VisitUpgradesView slug={slug} visitId={visitId} companyName={me.company.displayName} readOnly={readOnly} />
    </Stack>
  );
}
