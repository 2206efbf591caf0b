import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { useInvoice } from '../../../features/billing/api/invoices.ts';
import { InvoiceEditor } from '../../../features/billing/components/invoice-editor.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');
const newRoute = getRouteApi('/office/billing/invoices/new');
const editRoute = getRouteApi('/office/billing/invoices/$invoiceId/edit');

export function InvoiceNewPage() {
  const { t } = useTranslation('invoices');
  usePageTitle(t('editor.newTitle'));
  const { customerId } = newRoute.useSearch();
  const { me } = officeRoute.useRouteContext();
  return <InvoiceEditor customerId={customerId} currency={me.company.currency} />;
}

export function InvoiceEditPage() {
  const { t } = useTranslation('invoices');
  usePageTitle(t('editor.editTitle'));
  const { invoiceId } = editRoute.useParams();
  const query = useInvoice(invoiceId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('notFound')} />;
  if (!query.data) return <PageLoader />;
  return <InvoiceEditor invoice={query.data} currency={query.data.currency} />;
}
