import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { LocationMultiSelect } from '../../../features/locations/components/location-select.tsx';
import { ServicesPanel } from '../../../features/services/components/services-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { servicesPolicy } from '../../../../shared/features/services/services.policy.ts';

const officeRoute = getRouteApi('/office');

export function ServicesPage() {
  const { t } = useTranslation('services');
  usePageTitle(t('catalogue.pageTitle'));
  const { me } = officeRoute.useRouteContext();
  return (
    <ServicesPanel
      canManage={hasRoleAtLeast(me.user.role, servicesPolicy.manage)}
      renderLocationPicker={(props) => <LocationMultiSelect {...props} />}
    />
  );
}
