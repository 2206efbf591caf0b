import { Stack, Text, Title } from '@mantine/core';
import { IconReceipt } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '../../../../shared/features/billing/portal-billing.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { usePaymentHistory } from '../api/get-portal-billing.ts';

/** Payments and credit, newest first: what each was, the invoices it settled, and the credit left after it. */
export function PaymentHistory({ slug, locationId, timeZone }: { slug: string; locationId: string; timeZone: string }) {
  const { t } = useTranslation('portalBilling');
  const [page, setPage] = useState(1);
  const query = usePaymentHistory(slug, locationId, page);
  const currency = query.data?.currency ?? 'USD';
  const money = (amount: number) => formatMoney(amount, currency);

  const columns: ListColumn<HistoryEntry>[] = [
    { key: 'what', header: t('history.what'), card: 'title', cell: (entry) => <Text fw={600} size="sm">{t(`kinds.${entry.kind}`)}{entry.method && entry.kind !== 'charge' ? ` · ${t(`methods.${entry.method}`)}` : ''}</Text> },
    {
      key: 'amount',
      header: t('history.amount'),
      card: 'aside',
      align: 'right',
      nowrap: true,
      cell: (entry) => (
        <Stack gap={0} align="flex-end">
          <Text size="sm" fw={600}>
            {entry.kind === 'tip' ? money(entry.tip) : `${entry.kind === 'refund' || entry.kind === 'credit_applied' ? '−' : ''}${money(entry.amount)}`}
          </Text>
          {entry.tip > 0 && entry.kind !== 'tip' ? (
            <Text size="xs" c="dimmed">
              {t('history.withTip', { tip: money(entry.tip) })}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'date', header: t('history.date'), nowrap: true, cell: (entry) => formatDateTime(entry.createdAt, timeZone) },
    {
      key: 'settles',
      header: t('history.settles'),
      cell: (entry) =>
        entry.invoices.map((invoice, index) => (
          <Fragment key={invoice.id}>
            {index > 0 ? ', ' : null}
            <AnchorLink to="/portal/$slug/billing/invoices/$invoiceId" params={{ slug, invoiceId: invoice.id }} size="sm">
              {invoice.number}
            </AnchorLink>
          </Fragment>
        )),
    },
    { key: 'creditAfter', header: t('history.creditAfter'), align: 'right', nowrap: true, cell: (entry) => money(entry.creditAfter) },
  ];

  let body;
  if (query.isError) body = <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  else if (!query.data) body = <TableSkeleton rows={3} />;
  else if (query.data.items.length === 0) body = <EmptyState icon={<IconReceipt size={32} aria-hidden />} title={t('history.empty')} />;
  else {
    body = (
      <>
        <ResponsiveTable items={query.data.items} columns={columns} rowKey={(entry) => entry.id} label={t('history.title')} minWidth={700} />
        <PaginationFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={setPage} />
      </>
    );
  }
  return (
    <Stack gap="sm" component="section">
      <Title order={2} fz="xl">
        {t('history.title')}
      </Title>
      {body}
    </Stack>
  );
}
