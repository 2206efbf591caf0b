import { Button, Paper, Text } from '@mantine/core';
import { IconMoodSmile, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../../../shared/features/feedback/feedback.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useFeedback, type FeedbackListParams } from '../api/get-feedback.ts';
import { RatingBadge } from './rating.tsx';

interface FeedbackListProps {
  params: FeedbackListParams;
  filtered: boolean;
  onClearFilters: () => void;
  onPageChange: (page: number) => void;
}

/** The note and who gave it; `dash` keeps a table cell from looking empty when there is no note. */
function NoteAndAuthor({ item, dash }: { item: Feedback; dash: boolean }) {
  return (
    <>
      {item.note || dash ? (
        <Text size="sm" c={item.note ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
          {item.note ?? '—'}
        </Text>
      ) : null}
      {item.givenBy ? (
        <Text size="xs" c="dimmed">
          {item.givenBy}
        </Text>
      ) : null}
    </>
  );
}

function FeedbackTable({ items }: { items: Feedback[] }) {
  const { t } = useTranslation(['feedback', 'common']);
  const columns: ListColumn<Feedback>[] = [
    {
      key: 'customer',
      header: t('common:fields.customer'),
      card: 'title',
      cell: (item) => (
        <AnchorLink to="/office/customers/$customerId" params={{ customerId: item.customerId }} size="sm" fw={600}>
          {item.customerName}
        </AnchorLink>
      ),
    },
    {
      key: 'location',
      header: t('common:fields.location'),
      cell: (item) => (
        <AnchorLink to="/office/locations/$locationId" params={{ locationId: item.locationId }} size="sm">
          {item.locationName}
        </AnchorLink>
      ),
    },
    {
      key: 'date',
      header: t('list.columns.date'),
      nowrap: true,
      cell: (item) => (
        <Text size="sm" title={formatDateTime(item.createdAt, item.locationTimeZone)}>
          <PlaceTime at={item.createdAt} zone={item.locationTimeZone} show="date" />
        </Text>
      ),
    },
    { key: 'rating', header: t('list.columns.rating'), card: 'aside', cell: (item) => <RatingBadge rating={item.rating} /> },
    {
      key: 'note',
      header: t('common:fields.note'),
      card: 'footer',
      maw: 380,
      cell: (item) => <NoteAndAuthor item={item} dash />,
      // A card without a note leaves it out rather than show a lone dash.
      cardCell: (item) => (item.note || item.givenBy ? <NoteAndAuthor item={item} dash={false} /> : null),
    },
  ];
  return <ResponsiveTable items={items} columns={columns} rowKey={(item) => item.id} label={t('page.title')} minWidth={760} />;
}

/** Ratings and notes from customers, newest first. */
export function FeedbackList({ params, filtered, onClearFilters, onPageChange }: FeedbackListProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const query = useFeedback(params);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) {
      return filtered ? (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title={t('list.noMatch.title')}
          description={t('list.noMatch.description')}
          action={
            <Button variant="light" onClick={onClearFilters}>
              {t('common:actions.clearFilters')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<IconMoodSmile size={28} />}
          title={t('list.empty.title')}
          description={t('list.empty.description')}
        />
      );
    }
    return <FeedbackTable items={query.data.items} />;
  }

  return (
    <>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      {query.data ? (
        <PaginationFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={onPageChange} />
      ) : null}
    </>
  );
}
