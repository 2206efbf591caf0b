import { Button, Group, Paper, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInbox, IconSearchOff } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inbox } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
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
  onPageChange: (page: number) => void;
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

  function openRow(event: MouseEvent<HTMLTableRowElement>, requestId: string) {
    if (event.target instanceof Element && event.target.closest('a')) return;
    void navigate({ to: '/office/requests/$requestId', params: { requestId } });
  }

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('inbox.columns.reference')}</Table.Th>
            <Table.Th>{t('inbox.columns.subject')}</Table.Th>
            <Table.Th>{t('inbox.columns.customerLocation')}</Table.Th>
            <Table.Th>{t('common:fields.status')}</Table.Th>
            <Table.Th>{t('inbox.columns.assignee')}</Table.Th>
            <Table.Th>{t('inbox.columns.age')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const isNew = item.status === 'new';
            return (
              <Table.Tr key={item.id} onClick={(event) => { openRow(event, item.id); }} style={{ cursor: 'pointer' }}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <AnchorLink
                    to="/office/requests/$requestId"
                    params={{ requestId: item.id }}
                    size="sm"
                    fw={isNew ? 800 : 600}
                    c="var(--mantine-color-text)"
                  >
                    {item.reference}
                  </AnchorLink>
                </Table.Td>
                <Table.Td maw={320}>
                  <Text size="sm" fw={isNew ? 700 : 400} lineClamp={1}>
                    {item.subject}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {item.text}
                  </Text>
                </Table.Td>
                <Table.Td maw={260}>
                  <Text size="sm" fw={isNew ? 700 : 400} lineClamp={1}>
                    {t('inbox.customerAtLocation', { customer: item.customerName, location: item.locationName })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RequestStatusBadge status={item.status} audience="office" />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm" c={item.assigneeName ? undefined : 'dimmed'}>
                    {item.assigneeName ?? t('common:states.unassigned')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Age item={item} now={now} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function InboxCard({ item, now }: { item: InboxItem; now: number }) {
  const { t } = useTranslation(['serviceRequests', 'common']);
  const navigate = useNavigate();
  const detailsId = useId();
  const isNew = item.status === 'new';
  // Named by reference and subject; the rest (status, customer, age) is read out as its description.
  return (
    <UnstyledButton
      w="100%"
      p="md"
      onClick={() => void navigate({ to: '/office/requests/$requestId', params: { requestId: item.id } })}
      aria-describedby={detailsId}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
        <Text size="sm" fw={isNew ? 800 : 600} truncate>
          {item.reference}
        </Text>
        <RequestStatusBadge status={item.status} audience="office" size="sm" />
      </Group>
      <Text fw={isNew ? 700 : 600} lineClamp={1}>
        {item.subject}
      </Text>
      <div id={detailsId}>
        <Text size="sm" c="dimmed" lineClamp={1}>
          {t('inbox.customerAtLocation', { customer: item.customerName, location: item.locationName })}
        </Text>
        <Group justify="space-between" gap="xs" mt={4} wrap="nowrap">
          <Text size="sm" c={item.assigneeName ? undefined : 'dimmed'} truncate>
            {item.assigneeName ?? t('common:states.unassigned')}
          </Text>
          <Age item={item} now={now} />
        </Group>
      </div>
    </UnstyledButton>
  );
}

function InboxCards({ items, now }: { items: InboxItem[]; now: number }) {
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item, index) => (
        <li key={item.id} style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}>
          <InboxCard item={item} now={now} />
        </li>
      ))}
    </Stack>
  );
}

/** The office's queue of service requests: a table on wide screens, cards on phones. */
export function InboxList({ params, filtered, onClearFilters, onPageChange }: InboxListProps) {
  const { t } = useTranslation(['serviceRequests', 'common']);
  const query = useInbox(params);
  const now = useNow();
  // One layout at a time, so each request appears once on the page for screen readers.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

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
    return wide ? <InboxTable items={query.data.items} now={now} /> : <InboxCards items={query.data.items} now={now} />;
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
