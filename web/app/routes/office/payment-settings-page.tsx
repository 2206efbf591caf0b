import { Paper } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { billingPolicy } from '../../../../shared/features/billing/billing.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { usePaymentSettings } from '../../../features/billing/api/get-payment-settings.ts';
import { PaymentSettingsForm } from '../../../features/billing/components/payment-settings-form.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function PaymentSettingsPage() {
  const { t } = useTranslation('paymentSettings');
  usePageTitle(t('title'));
  const { me } = officeRoute.useRouteContext();
  const query = usePaymentSettings();
  if (isApiError(query.error, 403)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState icon={<IconLock size={28} />} title={t('adminsOnly')} description={t('adminsOnlyText')} />
      </Paper>
    );
  }
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <PageLoader />;
  return <PaymentSettingsForm settings={query.data} canEdit={hasRoleAtLeast(me.user.role, billingPolicy.configure)} />;
}
