import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconMoodSmile, IconSearchOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Feedback } from '../../../../shared/features/feedback/feedback.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
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

function FeedbackTable({ items }: { items: Feedback[] }) {
  const { t } = useTranslation(['feedback', 'common']);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('list.columns.date')}</Table.Th>
            <Table.Th>{t('common:fields.customer')}</Table.Th>
            <Table.Th>{t('common:fields.location')}</Table.Th>
            <Table.Th>{t('list.columns.rating')}</Table.Th>
            <Table.Th>{t('common:fields.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" title={formatDateTime(item.createdAt, item.locationTimeZone)}>
                  <PlaceTime at={item.createdAt} zone={item.locationTimeZone} show="date" />
                </Text>
              </Table.Td>
              <Table.Td>
                <AnchorLink to="/office/customers/$customerId" params={{ customerId: item.customerId }} size="sm">
                  {item.customerName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <AnchorLink to="/office/locations/$locationId" params={{ locationId: item.locationId }} size="sm">
                  {item.locationName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>
                <RatingBadge rating={item.rating} />
              </Table.Td>
              <Table.Td maw={380}>
                <Text size="sm" c={item.note ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                  {item.note ?? '—'}
                </Text>
                {item.givenBy ? (
                  <Text size="xs" c="dimmed">
                    {item.givenBy}
                  </Text>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function FeedbackCards({ items }: { items: Feedback[] }) {
  const { t } = useTranslation('feedback');
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item, index) => (
        <Stack key={item.id} component="li" gap={4} p="md" style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}>
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <RatingBadge rating={item.rating} />
            <Text size="sm" c="dimmed">
              <PlaceTime at={item.createdAt} zone={item.locationTimeZone} show="date" />
            </Text>
          </Group>
          <Text size="sm" fw={600}>
            {t('list.customerAtLocation', { customer: item.customerName, location: item.locationName })}
          </Text>
          {item.note ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {item.note}
            </Text>
          ) : null}
          {item.givenBy ? (
            <Text size="xs" c="dimmed">
              {item.givenBy}
            </Text>
          ) : null}
        </Stack>
      ))}
    </Stack>
  );
}

/** Ratings and notes from customers, newest first. */
export function FeedbackList({ params, filtered, onClearFilters, onPageChange }: FeedbackListProps) {
  const { t } = useTranslation(['feedback', 'common']);
  const query = useFeedback(params);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

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
    return wide ? <FeedbackTable items={query.data.items} /> : <FeedbackCards items={query.data.items} />;
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
