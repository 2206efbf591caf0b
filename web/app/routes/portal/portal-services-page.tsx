import { Paper, Stack } from '@mantine/core';
import { IconBuildingSkyscraper } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { PortalVisitList } from '../../../features/visits/components/portal-visit-list.tsx';
import { PortalWaitingServices } from '../../../features/visits/components/portal-waiting-services.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import classes from './portal-services-page.module.css';
import { usePortalPage } from './use-portal-page.ts';

/**
 * The Services page (SA): visits to come and past ones on one side, services waiting to be
 * scheduled on the other. On a phone the waiting services come between the two lists, before the
 * history that only grows.
 */
export function PortalServicesPage() {
  const { t } = useTranslation(['portalVisits', 'portal']);
  const { slug, me, location, readOnly } = usePortalPage();
  usePageTitle(t('services.title'), me.company.displayName);
  const company = me.company.displayName;

  if (!location) {
    return (
      <Stack gap="lg">
        <PortalPageHeader slug={slug} title={t('services.title')} />
        <Paper withBorder radius="lg">
          <EmptyState icon={<IconBuildingSkyscraper size={28} />} title={t('portal:home.noLocationsTitle')} description={t('portal:home.noLocationsText', { company })} />
        </Paper>
      </Stack>
    );
  }

  const list = (when: 'upcoming' | 'past') => <PortalVisitList key={`${location.id}-${when}`} slug={slug} locationId={location.id} when={when} companyName={company} readOnly={readOnly} />;
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('services.title')} description={t('services.description', { location: location.name })} />
      {readOnly ? <ReadOnlyNotice /> : null}
      <div className={classes.layout}>
        <div className={classes.upcoming}>{list('upcoming')}</div>
        <div className={classes.waiting}>
          <PortalWaitingServices key={location.id} slug={slug} locationId={location.id} />
        </div>
        <div className={classes.past}>{list('past')}</div>
      </div>
    </Stack>
  );
}
