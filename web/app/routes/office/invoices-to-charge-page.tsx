import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { billingPolicy } from '../../../../shared/features/billing/billing.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { InvoicesToChargeList } from '../../../features/billing/components/invoices-to-charge.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function InvoicesToChargePage() {
  const { t } = useTranslation('autopay');
  usePageTitle(t('title'));
  const { me } = officeRoute.useRouteContext();
  return (
    <Stack gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      <InvoicesToChargeList canCharge={hasRoleAtLeast(me.user.role, billingPolicy.manage)} />
    </Stack>
  );
}
