import { Group, Paper, Text, UnstyledButton } from '@mantine/core';
import { IconCalendarOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ScheduleVisit } from '../../../../shared/features/visits/schedule.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { CursorPager, useCursorTrail } from '../../../components/cursor-pager.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useScheduleList, type ScheduleListParams } from '../api/get-schedule-list.ts';
import { DoubleBookedBadge, VisitStatusBadge } from './visit-status-badge.tsx';

interface ScheduleListProps {
  params: ScheduleListParams;
  onOpen: (visit: ScheduleVisit) => void;
}

/** Visits from the chosen day on, a page at a time, each at its location's time. */
export function ScheduleList({ params, onOpen }: ScheduleListProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const trail = useCursorTrail(JSON.stringify(params));
  const query = useScheduleList({ ...params, cursor: trail.cursor });

  const columns: ListColumn<ScheduleVisit>[] = [
    {
      key: 'when',
      header: t('list.when'),
      card: 'title',
      nowrap: true,
      cell: (visit) => (
        <UnstyledButton fz="sm" fw={600} c="var(--mantine-color-anchor)" td="underline" onClick={() => { onOpen(visit); }}>
          <PlaceTime at={visit.startsAt} zone={visit.timeZone} />
        </UnstyledButton>
      ),
    },
    {
      key: 'status',
      header: t('common:fields.status'),
      card: 'aside',
      cell: (visit) => (
        <Group gap={4} wrap="nowrap">
          <VisitStatusBadge status={visit.status} />
          {visit.conflicts ? <DoubleBookedBadge names={visit.doubleBooked.map((member) => member.name)} /> : null}
        </Group>
      ),
    },
    { key: 'customer', header: t('common:fields.customer'), maw: 220, cell: (visit) => <Text size="sm" lineClamp={1}>{visit.customerName}</Text> },
    { key: 'location', header: t('common:fields.location'), maw: 200, cell: (visit) => <Text size="sm" lineClamp={1}>{visit.locationName}</Text> },
    { key: 'service', header: t('list.service'), maw: 200, cell: (visit) => <Text size="sm" lineClamp={1}>{visit.name}</Text> },
    {
      key: 'team',
      header: t('list.team'),
      cardFull: true,
      maw: 220,
      cell: (visit) => (
        <Text size="sm" c={visit.team.length > 0 ? undefined : 'dimmed'} lineClamp={1}>
          {visit.team.length > 0 ? visit.team.map((member) => member.name).join(', ') : t('unassigned')}
        </Text>
      ),
    },
  ];

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) return <EmptyState icon={<IconCalendarOff size={28} />} title={t('empty.title')} description={t('empty.listDescription')} />;
    return <ResponsiveTable items={query.data.items} columns={columns} rowKey={(visit) => visit.id} label={t('list.label')} minWidth={900} onOpen={onOpen} />;
  }

  return (
    <>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      {query.data ? <CursorPager page={trail.page} nextCursor={query.data.nextCursor} loading={query.isPlaceholderData} onNext={trail.next} onPrevious={trail.previous} /> : null}
    </>
  );
}
