import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useProofOfService } from '../../../features/field/api/get-proof-of-service.ts';
import { ProofOfServiceView } from '../../../features/field/components/proof-of-service-view.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { useFollowLocation } from '../../../features/portal/components/use-selected-location.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const proofRoute = getRouteApi('/portal/$slug/signed-in/visits/$visitId/proof-of-service');

/** A completed visit's proof of service; the past visits list and the next-visit card link here, and so does the email. */
export function PortalProofOfServicePage() {
  const { t } = useTranslation('proofOfService');
  const { slug, me } = usePortalPage();
  const { visitId } = proofRoute.useParams();
  usePageTitle(t('title'), me.company.displayName);
  // The header's location follows the visit, as it follows a request opened from an email.
  useFollowLocation(slug, me.locations, useProofOfService(slug, visitId).data?.visit.locationId);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('title')} description={t('description', { company: me.company.displayName })} />
      <ProofOfServiceView slug={slug} visitId={visitId} />
    </Stack>
  );
}
