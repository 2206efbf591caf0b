import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { upgradesPolicy } from '../../../../shared/features/upgrades/upgrades.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { UpgradesPanel } from '../../../features/upgrades/components/upgrades-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function UpgradesPage() {
  const { t } = useTranslation('upgrades');
  usePageTitle(t('page.title'));
  const { me } = officeRoute.useRouteContext();
  return <UpgradesPanel canManage={hasRoleAtLeast(me.user.role, upgradesPolicy.manage)} />;
}
