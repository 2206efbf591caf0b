import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PortalCleaningPlanView } from '../../../features/cleaning-plans/components/portal-cleaning-plan.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

export function PortalWhatWeCleanPage() {
  const { t } = useTranslation('whatWeClean');
  const { slug, me, location } = usePortalPage();
  usePageTitle(t('title'), me.company.displayName);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('title')} description={location ? t('description', { location: location.name }) : undefined} />
      {location ? <PortalCleaningPlanView key={location.id} slug={slug} locationId={location.id} locationName={location.name} companyName={me.company.displayName} /> : null}
    </Stack>
  );
}
