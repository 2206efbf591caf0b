import { Button, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileInvoice, IconSearch } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoiceStatusFilters, type PortalInvoice } from '../../../../shared/features/billing/portal-billing.contract.ts';
import { currencyDigits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatDate } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { usePortalInvoices } from '../api/get-portal-billing.ts';
import { PortalInvoiceStatusBadge } from './portal-invoice-status-badge.tsx';

const pageSize = 20;
/** A calendar day as the invoice carries it: no clock, so no zone to shift it. */
export const formatDay = (date: string | null) => (date ? formatDate(date, 'UTC') : '');

interface Filters {
  q: string;
  from: string;
  to: string;
  minTotal: number | undefined;
  maxTotal: number | undefined;
  status: (typeof invoiceStatusFilters)[number];
}
const noFilters: Filters = { q: '', from: '', to: '', minTotal: undefined, maxTotal: undefined, status: 'all' };

/** The customer's invoices, filtered by number, issue date and total: cards on a phone, a table on a desk; each opens its page. */
export function InvoiceList({ slug, locationId, currency }: { slug: string; locationId: string; currency: string }) {
  const { t } = useTranslation('portalBilling');
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [page, setPage] = useState(1);
  const [q] = useDebouncedValue(filters.q.trim(), 300);
  const set = (change: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...change }));
    setPage(1);
  };
  const minor = (value: number | undefined) => (value === undefined ? undefined : toMinorUnits(value, currency));
  const query = usePortalInvoices(slug, locationId, {
    q: q || undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    minTotal: minor(filters.minTotal),
    maxTotal: minor(filters.maxTotal),
    status: filters.status,
    page,
    pageSize,
  });
  const activeCount = [filters.from, filters.to, filters.minTotal, filters.maxTotal].filter((value) => value !== '' && value !== undefined).length + (filters.status === 'all' ? 0 : 1);
  const filtered = activeCount > 0 || q !== '';
  const money = (amount: number) => formatMoney(amount, currency);
  const amountProps = { decimalScale: currencyDigits(currency), min: 0, hideControls: true, w: { base: '100%', sm: 130 } } as const;

  const columns: ListColumn<PortalInvoice>[] = [
    { key: 'number', header: t('invoices.number'), card: 'title', nowrap: true, cell: (invoice) => <Text fw={600}>{invoice.number}</Text> },
    { key: 'status', header: t('invoices.state'), card: 'aside', cell: (invoice) => <PortalInvoiceStatusBadge invoice={invoice} /> },
    { key: 'issued', header: t('invoices.issued'), nowrap: true, cell: (invoice) => formatDay(invoice.issueDate) },
    { key: 'dueDate', header: t('invoices.dueDate'), nowrap: true, cell: (invoice) => formatDay(invoice.dueDate) },
    { key: 'total', header: t('invoices.total'), align: 'right', nowrap: true, cell: (invoice) => money(invoice.total) },
    { key: 'paid', header: t('invoices.paid'), align: 'right', nowrap: true, cell: (invoice) => money(invoice.paid) },
    { key: 'due', header: t('invoices.due'), align: 'right', nowrap: true, cell: (invoice) => <Text fw={invoice.due > 0 ? 700 : undefined} c={invoice.overdue ? 'red.9' : undefined} size="sm">{money(invoice.due)}</Text> },
  ];

  const search = (
    <TextInput
      label={t('invoices.number')}
      placeholder={t('invoices.numberPlaceholder')}
      leftSection={<IconSearch size={16} aria-hidden />}
      value={filters.q}
      onChange={(event) => { set({ q: event.currentTarget.value }); }}
      maxLength={40}
    />
  );

  let body;
  if (query.isError) body = <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  else if (!query.data) body = <TableSkeleton rows={4} />;
  else if (query.data.items.length === 0) {
    body = filtered ? (
      <EmptyState icon={<IconFileInvoice size={32} aria-hidden />} title={t('invoices.noMatch')} action={<Button variant="light" onClick={() => { setFilters(noFilters); setPage(1); }}>{t('invoices.clearFilters')}</Button>} />
    ) : (
      <EmptyState icon={<IconFileInvoice size={32} aria-hidden />} title={t('invoices.empty')} />
    );
  } else {
    const data = query.data;
    body = (
      <>
        <ResponsiveTable
          items={data.items}
          columns={columns}
          rowKey={(invoice) => invoice.id}
          label={t('invoices.title')}
          minWidth={760}
          onOpen={(invoice) => void navigate({ to: '/portal/$slug/billing/invoices/$invoiceId', params: { slug, invoiceId: invoice.id } })}
        />
        <Group justify="flex-end" gap="lg" mt="sm" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('invoices.totals', { count: data.total })}
          </Text>
          <Text size="sm">
            {t('invoices.total')}: <b>{money(data.totals.total)}</b>
          </Text>
          <Text size="sm">
            {t('invoices.paid')}: <b>{money(data.totals.paid)}</b>
          </Text>
          <Text size="sm">
            {t('invoices.due')}: <b>{money(data.totals.due)}</b>
          </Text>
        </Group>
        <PaginationFooter page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={setPage} />
      </>
    );
  }

  return (
    <Stack gap={0}>
      <FilterBar search={search} activeCount={activeCount}>
        <TextInput type="date" label={t('invoices.from')} value={filters.from} onChange={(event) => { set({ from: event.currentTarget.value }); }} />
        <TextInput type="date" label={t('invoices.to')} value={filters.to} onChange={(event) => { set({ to: event.currentTarget.value }); }} />
        <NumberInput label={t('invoices.minTotal')} value={filters.minTotal ?? ''} onChange={(value) => { set({ minTotal: typeof value === 'number' ? value : undefined }); }} {...amountProps} />
        <NumberInput label={t('invoices.maxTotal')} value={filters.maxTotal ?? ''} onChange={(value) => { set({ maxTotal: typeof value === 'number' ? value : undefined }); }} {...amountProps} />
        <Stack gap={4}>
          <Text size="sm" fw={500} component="span">
            {t('invoices.status')}
          </Text>
          <SegmentedControl
            value={filters.status}
            onChange={(value) => { set({ status: value as Filters['status'] }); }}
            data={invoiceStatusFilters.map((status) => ({ value: status, label: t(`invoices.statuses.${status}`) }))}
          />
        </Stack>
      </FilterBar>
      {body}
    </Stack>
  );
}
