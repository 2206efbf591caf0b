import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useBillingSummary } from '../../../features/billing/api/get-portal-billing.ts';
import { BillingSummaryCard } from '../../../features/billing/components/billing-panels.tsx';
import { InvoiceList } from '../../../features/billing/components/invoice-list.tsx';
import { PaymentHistory } from '../../../features/billing/components/payment-history.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { NotFoundView } from '../../../components/not-found-view.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PortalPageHeader } from '../../../features/portal/components/portal-page-header.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

/** Billing for the customer of the selected location: the balance, the invoices, and payments and credit. */
export function PortalBillingPage() {
  const { t } = useTranslation('portalBilling');
  const { slug, me, location } = usePortalPage();
  usePageTitle(t('title'), me.company.displayName);
  const billingContact = Boolean(location && me.customers.find((customer) => customer.id === location.customerId)?.isBillingContact);
  const summary = useBillingSummary(slug, location?.id ?? '', billingContact);
  let body;
  if (!location || !billingContact || isApiError(summary.error, 404)) body = <NotFoundView title={t('title')} message={t('invoice.notFound')} />;
  else if (summary.isError) body = <LoadErrorAlert error={summary.error} onRetry={() => void summary.refetch()} title={t('loadFailed')} />;
  else if (!summary.data) body = <PageLoader />;
  else {
    body = (
      <>
        <BillingSummaryCard slug={slug} summary={summary.data} />
        <Stack gap="sm" component="section">
          <InvoiceList key={location.id} slug={slug} locationId={location.id} currency={summary.data.currency} />
        </Stack>
        <PaymentHistory key={`history-${location.id}`} slug={slug} locationId={location.id} timeZone={location.timeZone} />
      </>
    );
  }
  return (
    <Stack gap="lg">
      <PortalPageHeader slug={slug} title={t('title')} description={t('description', { company: me.company.displayName })} />
      {body}
    </Stack>
  );
}
