import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { billingPolicy } from '../../../../shared/features/billing/billing.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useBillingSettings, useTaxRates } from '../../../features/billing/api/billing-settings.ts';
import { BillingSettingsPanel } from '../../../features/billing/components/billing-settings-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function BillingSettingsPage() {
  const { t } = useTranslation('billingSettings');
  usePageTitle(t('title'));
  const { me } = officeRoute.useRouteContext();
  const settings = useBillingSettings();
  const rates = useTaxRates();
  const error = settings.error ?? rates.error;
  if (error && (!settings.data || !rates.data)) return <LoadErrorAlert error={error} onRetry={() => void Promise.all([settings.refetch(), rates.refetch()])} title={t('loadFailed')} />;
  if (!settings.data || !rates.data) return <PageLoader />;
  return <BillingSettingsPanel settings={settings.data} taxRates={rates.data.items} canEdit={hasRoleAtLeast(me.user.role, billingPolicy.configure)} />;
}
