import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { inspectionsPolicy } from '../../../../shared/features/inspections/inspections.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useInspectionSettings } from '../../../features/inspections/api/get-inspection-settings.ts';
import { InspectionSettingsForm } from '../../../features/inspections/components/inspection-settings-form.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function InspectionSettingsPage() {
  const { t } = useTranslation('inspections');
  usePageTitle(t('settings.title'));
  const { me } = officeRoute.useRouteContext();
  const query = useInspectionSettings();
  if (isApiError(query.error, 403)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState icon={<IconLock size={28} />} title={t('settings.adminsOnly')} description={t('settings.adminsOnlyText')} />
      </Paper>
    );
  }
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('settings.loadFailed')} />;
  if (!query.data) return <PageLoader />;
  return <InspectionSettingsForm settings={query.data} canEdit={hasRoleAtLeast(me.user.role, inspectionsPolicy.configure)} />;
}
