import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { RequestCategoriesPanel } from '../../../features/services/components/request-categories-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { servicesPolicy } from '../../../../shared/features/services/services.policy.ts';

const officeRoute = getRouteApi('/office');

export function RequestCategoriesPage() {
  const { t } = useTranslation('services');
  usePageTitle(t('categories.pageTitle'));
  const { me } = officeRoute.useRouteContext();
  return <RequestCategoriesPanel canManage={hasRoleAtLeast(me.user.role, servicesPolicy.manage)} />;
}
