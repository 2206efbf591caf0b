import { Alert, Badge, Group, Paper, SegmentedControl } from '@mantine/core';
import { IconInbox, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useOutbox } from '../api/get-outbox.ts';
import { OutboxEmailModal } from './outbox-email-modal.tsx';
import { OutboxTable } from './outbox-table.tsx';

interface OutboxListProps {
  page: number;
  onPageChange: (page: number) => void;
  /** Only emails whose delivery is failing. */
  failing: boolean;
  onFailingChange: (failing: boolean) => void;
}

const pageSize = 25;

function FailingFilter({ failing, count, onChange }: { failing: boolean; count: number | undefined; onChange: (failing: boolean) => void }) {
  const { t } = useTranslation('outbox');
  return (
    <Group mb="md">
      <SegmentedControl
        value={failing ? 'failing' : 'all'}
        onChange={(value) => { onChange(value === 'failing'); }}
        data={[
          { value: 'all', label: t('filter.all') },
          {
            value: 'failing',
            label: (
              <Group gap={6} wrap="nowrap" justify="center">
                {t('filter.failing')}
                {count ? <Badge size="sm" color="red" circle={count < 10}>{count}</Badge> : null}
              </Group>
            ),
          },
        ]}
      />
    </Group>
  );
}

export function OutboxList({ page, onPageChange, failing, onFailingChange }: OutboxListProps) {
  const { t } = useTranslation('outbox');
  const query = useOutbox({ page, pageSize, failing });
  const [selected, setSelected] = useState<OutboxEmail | null>(null);
  const [opened, setOpened] = useState(false);

  // The list's fresh copy once it reloads, e.g. after Retry; the kept one while it is off the page.
  const current = query.data?.items.find((email) => email.id === selected?.id) ?? selected;

  function open(email: OutboxEmail) {
    setSelected(email);
    setOpened(true);
  }

  if (isApiError(query.error, 403)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState
          icon={<IconLock size={28} />}
          title={t('ownersOnlyTitle')}
          description={t('ownersOnlyDescription')}
        />
      </Paper>
    );
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0 && failing) {
      return <EmptyState icon={<IconInbox size={28} />} title={t('empty.failingTitle')} description={t('empty.failingDescription')} />;
    }
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconInbox size={28} />}
          title={t('empty.title')}
          description={t('empty.description')}
        />
      );
    }
    return <OutboxTable items={query.data.items} onOpen={open} canRetry={query.data.smtpConfigured} />;
  }

  return (
    <>
      {query.data && !query.data.smtpConfigured ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} />} mb="md">
          {t('noSmtp')}
        </Alert>
      ) : null}
      <FailingFilter failing={failing} count={query.data?.failingCount} onChange={onFailingChange} />
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      {query.data ? (
        <PaginationFooter
          page={query.data.page}
          pageSize={query.data.pageSize}
          total={query.data.total}
          onPageChange={onPageChange}
        />
      ) : null}
      <OutboxEmailModal email={current} opened={opened} canRetry={Boolean(query.data?.smtpConfigured)} onClose={() => { setOpened(false); }} />
    </>
  );
}
