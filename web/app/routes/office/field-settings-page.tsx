import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { fieldPolicy } from '../../../../shared/features/field/field.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useFieldSettings } from '../../../features/field/api/get-field-settings.ts';
import { FieldSettingsForm } from '../../../features/field/components/field-settings-form.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function FieldSettingsPage() {
  const { t } = useTranslation('fieldSettings');
  usePageTitle(t('title'));
  const { me } = officeRoute.useRouteContext();
  const query = useFieldSettings();
  if (isApiError(query.error, 403)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState icon={<IconLock size={28} />} title={t('adminsOnly')} description={t('adminsOnlyText')} />
      </Paper>
    );
  }
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <PageLoader />;
  return <FieldSettingsForm settings={query.data} canEdit={hasRoleAtLeast(me.user.role, fieldPolicy.configure)} />;
}
