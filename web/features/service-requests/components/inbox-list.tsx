import { Button, Paper, Text } from '@mantine/core';
import { IconInbox, IconSearchOff } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Inbox } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { CursorPager, useCursorTrail } from '../../../components/cursor-pager.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatAge, formatDateTime } from '../../../lib/format.ts';
import { useNow } from '../../../lib/use-now.ts';
import { useInbox, type InboxParams } from '../api/get-inbox.ts';
import { RequestStatusBadge } from './request-status-badge.tsx';

type InboxItem = Inbox['items'][number];

interface InboxListProps {
  params: InboxParams;
  /** Whether anything narrows the list beyond the default, so an empty list can offer to clear it. */
  filtered: boolean;
  onClearFilters: () => void;
}

function Age({ item, now }: { item: InboxItem; now: number }) {
  return (
    <Text size="sm" c="dimmed" title={formatDateTime(item.createdAt, item.locationTimeZone)} style={{ whiteSpace: 'nowrap' }}>
      {formatAge(item.createdAt, now)}
    </Text>
  );
}

function InboxTable({ items, now }: { items: InboxItem[]; now: number }) {
  const { t } = useTranslation(['serviceRequests', 'common']);
  const navigate = useNavigate();

  const columns: ListColumn<InboxItem>[] = [
    {
      key: 'reference',
      header: t('inbox.columns.reference'),
      card: 'title',
      nowrap: true,
      cell: (item) => (
        <AnchorLink
          to="/office/requests/$requestId"
          params={{ requestId: item.id }}
          size="sm"
          fw={item.status === 'new' ? 800 : 600}
          c="var(--mantine-color-text)"
        >
          {item.reference}
        </AnchorLink>
      ),
    },
    {
      key: 'subject',
      header: t('inbox.columns.subject'),
      card: 'title',
      maw: 320,
      cell: (item) => (
        <>
          <Text size="sm" fw={item.status === 'new' ? 700 : 400} lineClamp={1}>
            {item.subject}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {item.text}
          </Text>
        </>
      ),
    },
    { key: 'status', header: t('common:fields.status'), card: 'aside', cell: (item) => <RequestStatusBadge status={item.status} audience="office" /> },
    {
      key: 'customerLocation',
      cardFull: true,
      header: t('inbox.columns.customerLocation'),
      maw: 260,
      cell: (item) => (
        <Text size="sm" fw={item.status === 'new' ? 700 : 400} lineClamp={1}>
          {t('inbox.customerAtLocation', { customer: item.customerName, location: item.locationName })}
        </Text>
      ),
    },
    {
      key: 'assignee',
      header: t('inbox.columns.assignee'),
      nowrap: true,
      cell: (item) => (
        <Text size="sm" c={item.assigneeName ? undefined : 'dimmed'}>
          {item.assigneeName ?? t('common:states.unassigned')}
        </Text>
      ),
    },
    { key: 'age', header: t('inbox.columns.age'), cell: (item) => <Age item={item} now={now} /> },
  ];

  return (
    <ResponsiveTable
      items={items}
      columns={columns}
      rowKey={(item) => item.id}
      label={t('inbox.title')}
      minWidth={860}
      onOpen={(item) => void navigate({ to: '/office/requests/$requestId', params: { requestId: item.id } })}
    />
  );
}

/** The office's queue of service requests: a table on wide screens, cards on phones. */
export function InboxList({ params, filtered, onClearFilters }: InboxListProps) {
  const { t } = useTranslation(['serviceRequests', 'common']);
  const trail = useCursorTrail(JSON.stringify(params));
  const query = useInbox({ ...params, cursor: trail.cursor });
  const now = useNow();

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) {
      return filtered ? (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title={t('inbox.noMatch.title')}
          description={t('inbox.noMatch.description')}
          action={
            <Button variant="light" onClick={onClearFilters}>
              {t('common:actions.clearFilters')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<IconInbox size={28} />}
          title={t('inbox.empty.title')}
          description={t('inbox.empty.description')}
        />
      );
    }
    return <InboxTable items={query.data.items} now={now} />;
  }

  return (
    <>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      {query.data ? (
        <CursorPager page={trail.page} nextCursor={query.data.nextCursor} loading={query.isPlaceholderData} onNext={trail.next} onPrevious={trail.previous} />
      ) : null}
    </>
  );
}
