import { Badge, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../../shared/features/visits/visits.contract.ts';
import { VisitStatusBadge } from './visit-status-badge.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { CursorPager, useCursorTrail } from '../../../components/cursor-pager.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatTime } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useVisits } from '../api/get-visits.ts';

interface VisitListProps {
  /** Whose visits: a customer's (all its locations) or one location's. */
  customerId?: string;
  locationId?: string;
}

const pageSize = 20;

/** A customer's or a location's visits, upcoming (soonest first) or past (latest first), each on its location's clock. */
export function VisitList({ customerId, locationId }: VisitListProps) {
  const { t } = useTranslation('accountServices');
  // A cursor is good only for the list it was made for, so "now" is fixed when the list is chosen
  // rather than moved each minute, which would send the reader back to the first page.
  const [{ when, boundary }, setList] = useState(() => ({ when: 'upcoming' as 'upcoming' | 'past', boundary: new Date().toISOString() }));
  const params = { customerId, locationId, ...(when === 'upcoming' ? { from: boundary, order: 'asc' as const } : { to: boundary, order: 'desc' as const }), pageSize };
  const trail = useCursorTrail(JSON.stringify(params));
  const query = useVisits({ ...params, cursor: trail.cursor });

  const columns: ListColumn<Visit>[] = [
    {
      key: 'when',
      header: t('visits.when'),
      card: 'title',
      cell: (visit) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            <PlaceTime at={visit.startsAt} zone={visit.timeZone} />
          </Text>
          <Text size="xs" c="dimmed">
            {t('visits.until', { time: formatTime(visit.endsAt, visit.timeZone) })}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('columns.status'),
      card: 'aside',
      cell: (visit) => (
        <Group gap={6}>
          <VisitStatusBadge status={visit.status} />
          {visit.exception && visit.status === 'scheduled' ? (
            <Badge variant="outline" color="gray" size="sm">
              {t('visits.changed')}
            </Badge>
          ) : null}
        </Group>
      ),
    },
    {
      key: 'service',
      header: t('columns.service'),
      cell: (visit) => (
        <Stack gap={0}>
          <Text size="sm">{visit.name}</Text>
          {visit.statusReason ? (
            <Text size="xs" c="dimmed">
              {visit.statusReason}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    ...(locationId ? [] : [{ key: 'location', header: t('columns.location'), cell: (visit: Visit) => <Text size="sm">{visit.locationName}</Text> }]),
    {
      key: 'team',
      header: t('columns.team'),
      cell: (visit) => (
        <Text size="sm" c={visit.team.length === 0 ? 'dimmed' : undefined}>
          {visit.team.length === 0 ? t('list.noTeam') : visit.team.map((member) => member.name).join(', ')}
        </Text>
      ),
    },
    { key: 'price', header: t('columns.price'), align: 'right', nowrap: true, cell: (visit) => <Text size="sm">{formatMoney(visit.price.total, visit.price.currency)}</Text> },
  ];

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={5} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconCalendarEvent size={28} />} title={t(`visits.empty.${when}Title`)} description={t(`visits.empty.${when}Description`)} />;
    }
    return (
      <>
        <ResponsiveTable items={query.data.items} columns={columns} rowKey={(visit) => visit.id} label={t(`visits.${when}`)} minWidth={760} />
        <CursorPager page={trail.page} nextCursor={query.data.nextCursor} loading={query.isPlaceholderData} onNext={trail.next} onPrevious={trail.previous} />
      </>
    );
  }

  return (
    <>
      <SegmentedControl
        mb="md"
        value={when}
        onChange={(value) => {
          setList({ when: value === 'past' ? 'past' : 'upcoming', boundary: new Date().toISOString() });
        }}
        data={[
          { value: 'upcoming', label: t('visits.upcoming') },
          { value: 'past', label: t('visits.past') },
        ]}
        aria-label={t('visits.whichVisits')}
      />
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
    </>
  );
}
