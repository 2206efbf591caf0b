import { Stack } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { NotFoundView } from '../../../components/not-found-view.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { usePortalInvoice } from '../../../features/billing/api/get-portal-billing.ts';
import { InvoiceDetail } from '../../../features/billing/components/invoice-detail.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { usePortalPage } from './use-portal-page.ts';

const invoiceRoute = getRouteApi('/portal/$slug/signed-in/billing/invoices/$invoiceId');

/** One invoice; the billing list and the invoice email link here. */
export function PortalInvoicePage() {
  const { t, i18n } = useTranslation('portalBilling');
  const { slug, me, location } = usePortalPage();
  const { invoiceId } = invoiceRoute.useParams();
  const query = usePortalInvoice(slug, location?.id ?? '', invoiceId);
  usePageTitle(query.data?.number ?? t('title'), me.company.displayName);
  let body;
  if (!location || isApiError(query.error, 404)) body = <NotFoundView title={t('title')} message={t('invoice.notFound')} />;
  else if (query.isError) body = <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  else if (!query.data) body = <PageLoader />;
  else body = <InvoiceDetail slug={slug} locationId={location.id} invoice={query.data} language={i18n.language} timeZone={location.timeZone} />;
  return (
    <Stack gap="md">
      <AnchorLink to="/portal/$slug/billing" params={{ slug }} size="sm" display="inline-flex" style={{ alignItems: 'center', gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t('invoice.back')}
      </AnchorLink>
      {body}
    </Stack>
  );
}
