import { Paper, Stack, Text } from '@mantine/core';
import { IconHourglassEmpty } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountService } from '../../../../shared/features/visits/visits.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatAge } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { priceBreakdown } from '../../../../shared/features/visits/price.ts';
import { useWaitingList } from '../api/get-waiting-list.ts';
import { frequencyWords } from '../frequency-words.ts';
import { ServiceTime } from './account-services-panel.tsx';

const pageSize = 25;

/** Services added to accounts and not yet scheduled, oldest first: whoever waited longest is served first. */
export function WaitingList() {
  const { t } = useTranslation('accountServices');
  const { t: visitWords } = useTranslation('visits');
  const [page, setPage] = useState(1);
  const query = useWaitingList(page, pageSize);
  const locale = formatLocale();

  const columns: ListColumn<AccountService>[] = [
    {
      key: 'customer',
      header: t('columns.customer'),
      card: 'title',
      cell: (service) => (
        <Stack gap={0}>
          <AnchorLink to="/office/customers/$customerId" params={{ customerId: service.customerId }} search={{ tab: 'services' }} size="sm" fw={600}>
            {service.customerName}
          </AnchorLink>
          <Text size="xs" c="dimmed">
            {service.locationName}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'waiting',
      header: t('columns.waiting'),
      card: 'aside',
      nowrap: true,
      cell: (service) => (
        <Text size="sm" title={service.createdAt}>
          <PlaceTime at={service.createdAt} show="date" /> · {formatAge(service.createdAt)}
        </Text>
      ),
    },
    {
      key: 'service',
      header: t('columns.service'),
      cell: (service) => (
        <Stack gap={0}>
          <Text size="sm">{service.name}</Text>
          <Text size="xs" c="dimmed">
            {frequencyWords(visitWords, service.frequency, locale)}
          </Text>
        </Stack>
      ),
    },
    { key: 'time', header: t('columns.time'), nowrap: true, cell: (service) => <ServiceTime service={service} /> },
    {
      key: 'price',
      header: t('columns.price'),
      align: 'right',
      nowrap: true,
      cell: (service) => <Text size="sm">{formatMoney(priceBreakdown(service.price, service.rateModifications).total, service.currency)}</Text>,
    },
  ];

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={5} />;
    if (query.data.items.length === 0) return <EmptyState icon={<IconHourglassEmpty size={28} />} title={t('waiting.emptyTitle')} description={t('waiting.emptyDescription')} />;
    return (
      <>
        <ResponsiveTable items={query.data.items} columns={columns} rowKey={(service) => service.id} label={t('waiting.title')} minWidth={760} />
        <PaginationFooter page={page} pageSize={pageSize} total={query.data.total} onPageChange={setPage} />
      </>
    );
  }

  return (
    <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
      {renderBody()}
    </Paper>
  );
}
