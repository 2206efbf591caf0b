import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PortalFilesList } from '../../../features/files/components/portal-files-list.tsx';
import { FeatureUnavailable } from '../../../features/portal/components/feature-unavailable.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { PortalResourcesList } from '../../../features/resources/components/portal-resources-list.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

export function PortalFilesPage() {
  const { t } = useTranslation('portalFiles');
  const { slug, me, location } = usePortalPage();
  const company = me.company.displayName;
  usePageTitle(t('title'), company);
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('title')} description={location ? t('description', { location: location.name }) : undefined} />
      {location?.features.fileStorage ? (
        <Stack gap="xl" key={location.id}>
          <section aria-labelledby="location-files">
            <Title order={2} fz="lg" id="location-files" mb="sm">
              {t('locationFiles')}
            </Title>
            <PortalFilesList slug={slug} locationId={location.id} companyName={company} />
          </section>
          <PortalResourcesList
            slug={slug}
            locationId={location.id}
            heading={
              <Title order={2} fz="lg" id="company-documents" mb="sm">
                {t('companyDocuments', { company })}
              </Title>
            }
          />
        </Stack>
      ) : (
        <FeatureUnavailable slug={slug} feature="fileStorage" locationName={location?.name ?? null} companyName={company} />
      )}
    </Stack>
  );
}
