import { Button, Group, NumberInput, Paper, Stack, Tabs, Text, TextInput } from '@mantine/core';
import { IconPlus, IconReceipt } from '@tabler/icons-react';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoiceViews, type InvoiceRow, type InvoiceView } from '../../../../shared/features/billing/invoices.contract.ts';
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';
import { fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { CursorPager, useCursorTrail } from '../../../components/cursor-pager.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink, ButtonLink } from '../../../components/router-links.tsx';
import { ScrollingTabsList } from '../../../components/scrolling-tabs-list.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useInvoices } from '../../../features/billing/api/invoices.ts';
import { InvoiceStatusBadge } from '../../../features/billing/components/invoice-status-badge.tsx';
import { InvoiceVisitsDialog } from '../../../features/billing/components/invoice-visits-dialog.tsx';
import { formatMoney } from '../../../lib/money.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { formatDateOnly } from '../../../lib/format.ts';

const billingRoute = getRouteApi('/office/billing');
const officeRoute = getRouteApi('/office');

export function BillingPage() {
  const { t } = useTranslation('invoices');
  usePageTitle(t('page.title'));
  const search = billingRoute.useSearch();
  const navigate = useNavigate({ from: '/office/billing' });
  const view: InvoiceView = search.view ?? 'unpaid';
  const [dialog, setDialog] = useState(false);
  const list = { view, customerId: search.customerId, q: search.q, from: search.from, to: search.to, minTotal: search.minTotal, maxTotal: search.maxTotal };
  const trail = useCursorTrail(JSON.stringify(list));
  const query = useInvoices({ ...list, cursor: trail.cursor });
  const { me } = officeRoute.useRouteContext();
  const currency = me.company.currency;
  const set = (patch: Partial<typeof search>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const activeCount = [search.customerId, search.from, search.to, search.minTotal, search.maxTotal].filter((v) => v !== undefined).length;
  // Today on the company's clock, as YYYY-MM-DD.
  const today = dateTimeFormat('en-CA', { timeZone: me.company.timeZone }).format(new Date());

  const columns: ListColumn<InvoiceRow>[] = [
    {
      key: 'number',
      header: t('columns.number'),
      card: 'title',
      nowrap: true,
      cell: (row) => (
        <AnchorLink to="/office/billing/invoices/$invoiceId" params={{ invoiceId: row.id }} fw={600}>
          {row.number ?? t('noNumber')}
        </AnchorLink>
      ),
    },
    { key: 'status', header: t('columns.status'), card: 'aside', cell: (row) => <InvoiceStatusBadge status={row.status} overdue={row.overdue} /> },
    { key: 'customer', header: t('columns.customer'), cardFull: true, cell: (row) => row.customer.name },
    { key: 'issueDate', header: t('columns.issueDate'), nowrap: true, cell: (row) => (row.issueDate ? formatDateOnly(row.issueDate) : '—') },
    { key: 'dueDate', header: t('columns.dueDate'), nowrap: true, cell: (row) => (row.dueDate ? formatDateOnly(row.dueDate) : '—') },
    { key: 'total', header: t('columns.total'), align: 'right', nowrap: true, cell: (row) => formatMoney(row.total, currency) },
    { key: 'due', header: t('columns.due'), align: 'right', nowrap: true, cell: (row) => (row.status === 'draft' ? '—' : formatMoney(row.due, currency)) },
  ];

  return (
    <Stack>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          <Group gap="xs">
            <ButtonLink to="/office/billing/quotes" variant="default">
              {t('page.quotes')}
            </ButtonLink>
            <ButtonLink to="/office/billing/to-charge" variant="default">
              {t('page.toCharge')}
            </ButtonLink>
            <Button variant="light" onClick={() => setDialog(true)}>
              {t('page.invoiceVisits')}
            </Button>
            <ButtonLink to="/office/billing/invoices/new" search={{ customerId: search.customerId }} leftSection={<IconPlus size={16} />}>
              {t('page.newInvoice')}
            </ButtonLink>
          </Group>
        }
      />
      <InvoiceVisitsDialog opened={dialog} onClose={() => setDialog(false)} today={today} />
      <Tabs value={view} onChange={(value) => set({ view: (value as InvoiceView | null) ?? undefined })}>
        <ScrollingTabsList>
          {invoiceViews.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`tabs.${v}`)}
            </Tabs.Tab>
          ))}
        </ScrollingTabsList>
      </Tabs>
      <FilterBar search={<SearchInput label={t('filters.search')} placeholder={t('filters.search')} value={search.q ?? ''} onSearch={(q) => set({ q: q || undefined })} />} activeCount={activeCount}>
        <TextInput type="date" label={t('filters.from')} value={search.from ?? ''} onChange={(event) => set({ from: event.currentTarget.value || undefined })} />
        <TextInput type="date" label={t('filters.to')} value={search.to ?? ''} onChange={(event) => set({ to: event.currentTarget.value || undefined })} />
        <NumberInput
          label={t('filters.minTotal')}
          value={search.minTotal === undefined ? '' : fromMinorUnits(search.minTotal, currency)}
          onChange={(value) => set({ minTotal: typeof value === 'number' ? toMinorUnits(value, currency) : undefined })}
          min={0}
          w={140}
        />
        <NumberInput
          label={t('filters.maxTotal')}
          value={search.maxTotal === undefined ? '' : fromMinorUnits(search.maxTotal, currency)}
          onChange={(value) => set({ maxTotal: typeof value === 'number' ? toMinorUnits(value, currency) : undefined })}
          min={0}
          w={140}
        />
        {search.customerId ? (
          <Button variant="subtle" mt="lg" onClick={() => set({ customerId: undefined })}>
            {t('filters.clearCustomer')}
          </Button>
        ) : null}
      </FilterBar>
      {query.isError && !query.data ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} /> : null}
      {!query.data && !query.isError ? <TableSkeleton /> : null}
      {query.data ? (
        <>
          <Text size="sm" fw={600} data-testid="invoice-totals">
            {/* A draft owes nothing until it is sent, so the drafts tab totals what they will ask for. */}
            {view === 'draft'
              ? t('totals.drafts', { count: query.data.totals.count, total: formatMoney(query.data.totals.total, currency) })
              : t('totals.line', { count: query.data.totals.count, total: formatMoney(query.data.totals.total, currency), due: formatMoney(query.data.totals.due, currency) })}
          </Text>
          {query.data.items.length === 0 ? (
            <Paper withBorder radius="lg">
              <EmptyState icon={<IconReceipt size={28} />} title={t('empty.title')} description={t('empty.text')} />
            </Paper>
          ) : (
            <ResponsiveTable
              items={query.data.items}
              columns={columns}
              rowKey={(row) => row.id}
              label={t('listLabel')}
              onOpen={(row) => void navigate({ to: '/office/billing/invoices/$invoiceId', params: { invoiceId: row.id } })}
            />
          )}
          <CursorPager page={trail.page} nextCursor={query.data.nextCursor} loading={query.isPlaceholderData} onNext={trail.next} onPrevious={trail.previous} />
        </>
      ) : null}
    </Stack>
  );
}
