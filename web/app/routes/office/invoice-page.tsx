import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useInvoice } from '../../../features/billing/api/invoices.ts';
import { InvoiceView } from '../../../features/billing/components/invoice-view.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const invoiceRoute = getRouteApi('/office/billing/invoices/$invoiceId');

export function InvoicePage() {
  const { t } = useTranslation('invoices');
  const { invoiceId } = invoiceRoute.useParams();
  const query = useInvoice(invoiceId);
  usePageTitle(query.data?.number ? t('detail.title', { number: query.data.number }) : t('detail.draftTitle'));
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('notFound')} />;
  if (!query.data) return <PageLoader />;
  return <InvoiceView invoice={query.data} />;
}
