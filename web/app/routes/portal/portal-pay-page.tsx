import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PayInvoicesView } from '../../../features/billing/components/pay-invoices-view.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { ReadOnlyNotice } from '../../../features/portal/components/read-only-notice.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const payRoute = getRouteApi('/portal/$slug/signed-in/billing/pay');

/** Paying invoices, reached from Pay now on the home page's past-due panel and the billing tab. */
export function PortalPayPage() {
  const { t } = useTranslation('portalPay');
  const { slug, me, location, readOnly } = usePortalPage();
  const { payment } = payRoute.useSearch();
  usePageTitle(t('title'), me.company.displayName);
  return (
    <Stack gap="lg" maw={720}>
      <PortalPageHeader slug={slug} back="billing" title={t('title')} description={t('description')} />
      {readOnly ? <ReadOnlyNotice /> : null}
      {location ? <PayInvoicesView slug={slug} locationId={location.id} companyName={me.company.displayName} readOnly={readOnly} returnedPaymentId={payment} /> : null}
    </Stack>
  );
}
