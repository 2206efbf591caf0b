import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { TicketCategoriesPanel } from '../../../features/services/components/ticket-categories-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { servicesPolicy } from '../../../../shared/features/services/services.policy.ts';

const officeRoute = getRouteApi('/office');

export function TicketCategoriesPage() {
  const { t } = useTranslation('services');
  usePageTitle(t('categories.pageTitle'));
  const { me } = officeRoute.useRouteContext();
  return <TicketCategoriesPanel canManage={hasRoleAtLeast(me.user.role, servicesPolicy.manage)} />;
}
