import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { usePortalSettings } from '../../../features/portal-settings/api/get-portal-settings.ts';
import { PortalSettingsForm } from '../../../features/portal-settings/components/portal-settings-form.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { portalSettingsPolicy } from '../../../../shared/features/portal-settings/portal-settings.policy.ts';

const officeRoute = getRouteApi('/office');

function OwnersOnly() {
  const { t } = useTranslation('portalSettings');
  return (
    <Paper withBorder radius="lg">
      <EmptyState
        icon={<IconLock size={28} />}
        title={t('ownersOnlyTitle')}
        description={t('ownersOnlyDescription')}
      />
    </Paper>
  );
}

export function PortalSettingsPage() {
  const { t } = useTranslation('portalSettings');
  usePageTitle(t('pageTitle'));
  const { me } = officeRoute.useRouteContext();
  const canEdit = hasRoleAtLeast(me.user.role, portalSettingsPolicy.manage);
  const query = usePortalSettings();

  if (isApiError(query.error, 403)) return <OwnersOnly />;
  if (query.isError && !query.data) {
    return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  }
  if (!query.data) return <PageLoader />;
  return <PortalSettingsForm settings={query.data} canEdit={canEdit} />;
}
