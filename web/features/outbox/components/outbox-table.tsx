import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { OutboxStatusBadge } from './outbox-status-badge.tsx';
import { RetryEmailButton } from './retry-email-button.tsx';

interface OutboxTableProps {
  items: OutboxEmail[];
  onOpen: (email: OutboxEmail) => void;
  /** Retry is offered only when Porter can send at all; the page says why when it cannot. */
  canRetry: boolean;
}

/** Why the last attempt failed, in full on hover: the SMTP server's answer is the useful part. */
function LastError({ email }: { email: OutboxEmail }) {
  if (!email.failing || !email.lastError) return null;
  return (
    <Text size="xs" c="var(--mantine-color-error)" lineClamp={3} title={email.lastError} style={{ overflowWrap: 'anywhere' }}>
      {email.lastError}
    </Text>
  );
}

/** The outbox's emails: a table on wide screens, cards on phones. */
export function OutboxTable({ items, onOpen, canRetry }: OutboxTableProps) {
  const { t } = useTranslation(['outbox', 'common']);
  const retry = (email: OutboxEmail) => (email.failing && canRetry ? <RetryEmailButton email={email} /> : null);
  const columns: ListColumn<OutboxEmail>[] = [
    {
      key: 'subject',
      header: t('fields.subject'),
      card: 'title',
      cell: (email) => (
        <Stack gap={2}>
          {/* The row opens on a click; this button makes it reachable by keyboard too. */}
          <UnstyledButton fz="sm" fw={600} c="var(--mantine-color-anchor)" td="underline" style={{ overflowWrap: 'anywhere' }} onClick={() => { onOpen(email); }}>
            {email.subject}
          </UnstyledButton>
          <LastError email={email} />
        </Stack>
      ),
    },
    {
      key: 'to',
      cardFull: true,
      header: t('fields.to'),
      cell: (email) => (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {email.to}
        </Text>
      ),
    },
    {
      key: 'status',
      header: t('common:fields.status'),
      card: 'aside',
      cell: (email) => (
        <Group gap="xs" wrap="nowrap">
          <OutboxStatusBadge email={email} />
          {retry(email)}
        </Group>
      ),
      cardCell: (email) => <OutboxStatusBadge email={email} />,
    },
    {
      key: 'created',
      header: t('common:fields.created'),
      nowrap: true,
      cell: (email) => (
        <Text size="sm" c="dimmed">
          {formatDateTime(email.createdAt)}
        </Text>
      ),
    },
    // On a card the retry button gets its own line, under the reason the last attempt failed.
    { key: 'retry', header: t('common:fields.actions'), card: 'footer', cardOnly: true, cell: retry },
  ];
  return <ResponsiveTable items={items} columns={columns} rowKey={(email) => email.id} label={t('listLabel')} minWidth={760} onOpen={onOpen} />;
}
