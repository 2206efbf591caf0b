import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { visitsPolicy } from '../../../../shared/features/visits/visits.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useSchedulingSettings } from '../../../features/visits/api/get-scheduling-settings.ts';
import { SchedulingSettingsForm } from '../../../features/visits/components/scheduling-settings-form.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function SchedulingSettingsPage() {
  const { t } = useTranslation('schedulingSettings');
  usePageTitle(t('pageTitle'));
  const { me } = officeRoute.useRouteContext();
  const query = useSchedulingSettings();

  if (isApiError(query.error, 403)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState icon={<IconLock size={28} />} title={t('adminsOnlyTitle')} description={t('adminsOnlyDescription')} />
      </Paper>
    );
  }
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <PageLoader />;
  return <SchedulingSettingsForm settings={query.data} canEdit={hasRoleAtLeast(me.user.role, visitsPolicy.configure)} />;
}
