import { Paper, Select, Stack, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { quoteStatuses, type QuoteStatus, type QuoteSummary } from '../../../../shared/features/billing/quotes.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatDateOnly } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useQuotes } from '../api/quotes.ts';
import { QuoteStatusBadge } from './quote-status-badge.tsx';

const pageSize = 25;

interface QuotesListProps {
  status: QuoteStatus | undefined;
  customerId: string | undefined;
  page: number;
  onChange: (next: { status?: QuoteStatus | undefined; page?: number }) => void;
  /** The page's customer filter (another feature's picker, composed by the route). */
  customerFilter: React.ReactNode;
}

/** The office's quotes, newest first, filtered by status and customer. */
export function QuotesList({ status, customerId, page, onChange, customerFilter }: QuotesListProps) {
  const { t } = useTranslation('quotes');
  const query = useQuotes({ status, customerId, page, pageSize });

  const columns: ListColumn<QuoteSummary>[] = [
    {
      key: 'quote',
      header: t('columns.quote'),
      card: 'title',
      cell: (quote) => (
        <Stack gap={0}>
          <AnchorLink to="/office/billing/quotes/$quoteId" params={{ quoteId: quote.id }} size="sm" fw={600}>
            {quote.title}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {quote.number ?? t('draftNumber')}
          </Text>
        </Stack>
      ),
    },
    { key: 'status', header: t('columns.status'), card: 'aside', cell: (quote) => <QuoteStatusBadge status={quote.status} /> },
    {
      key: 'customer',
      header: t('columns.customer'),
      cardFull: true,
      cell: (quote) => (
        <Text size="sm">
          {quote.customerName} · {quote.locationName}
        </Text>
      ),
    },
    { key: 'validUntil', header: t('columns.validUntil'), nowrap: true, cell: (quote) => <Text size="sm">{formatDateOnly(quote.validUntil)}</Text> },
    { key: 'total', header: t('columns.total'), align: 'right', nowrap: true, cell: (quote) => <Text size="sm">{formatMoney(quote.total, quote.currency)}</Text> },
  ];

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={5} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconFileText size={28} />} title={t('emptyTitle')} description={status || customerId ? t('emptyFiltered') : t('emptyDescription')} />;
    }
    return (
      <>
        <ResponsiveTable items={query.data.items} columns={columns} rowKey={(quote) => quote.id} label={t('title')} minWidth={720} />
        <PaginationFooter page={page} pageSize={pageSize} total={query.data.total} onPageChange={(next) => { onChange({ page: next }); }} />
      </>
    );
  }

  return (
    <Stack gap="md">
      <Stack gap="sm" style={{ flexDirection: 'row', flexWrap: 'wrap' }}>
        <Select
          label={t('filters.status')}
          placeholder={t('filters.anyStatus')}
          data={quoteStatuses.map((value) => ({ value, label: t(`statuses.${value}`) }))}
          value={status ?? null}
          onChange={(value) => { onChange({ status: (value as QuoteStatus | null) ?? undefined, page: 1 }); }}
          clearable
          w={{ base: '100%', xs: 200 }}
        />
        {customerFilter}
      </Stack>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
    </Stack>
  );
}
