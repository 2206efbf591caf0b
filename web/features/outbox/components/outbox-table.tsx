import { Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
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

function EmailRows({ items, onOpen, canRetry }: OutboxTableProps) {
  const { t } = useTranslation(['outbox', 'common']);
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.to')}</Table.Th>
            <Table.Th>{t('fields.subject')}</Table.Th>
            <Table.Th>{t('common:fields.status')}</Table.Th>
            <Table.Th>{t('common:fields.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((email) => (
            <Table.Tr key={email.id} onClick={() => { onOpen(email); }} style={{ cursor: 'pointer' }}>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {email.to}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  {/* The row is clickable for the mouse; this button makes it reachable by keyboard too. */}
                  <UnstyledButton
                    fz="sm"
                    fw={600}
                    c="var(--mantine-color-anchor)"
                    onClick={(event) => {
                      event.stopPropagation();
                      onOpen(email);
                    }}
                  >
                    {email.subject}
                  </UnstyledButton>
                  <LastError email={email} />
                </Stack>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <OutboxStatusBadge email={email} />
                  {email.failing && canRetry ? <RetryEmailButton email={email} /> : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(email.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function EmailCard({ email, onOpen, canRetry }: { email: OutboxEmail; onOpen: (email: OutboxEmail) => void; canRetry: boolean }) {
  return (
    <>
      <UnstyledButton w="100%" p="md" pb={email.failing ? 'xs' : 'md'} onClick={() => { onOpen(email); }}>
        <Group justify="space-between" gap="xs" wrap="nowrap" mb={4}>
          <Text size="sm" c="dimmed" truncate>
            {email.to}
          </Text>
          <OutboxStatusBadge email={email} />
        </Group>
        <Text fw={600} c="var(--mantine-color-anchor)" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {email.subject}
        </Text>
        <Text size="xs" c="dimmed" mt={2}>
          {formatDateTime(email.createdAt)}
        </Text>
      </UnstyledButton>
      {/* Outside the card's button: a button inside a button is neither valid nor reachable. */}
      {email.failing ? (
        <Stack gap="xs" px="md" pb="md" align="flex-start">
          <LastError email={email} />
          {canRetry ? <RetryEmailButton email={email} /> : null}
        </Stack>
      ) : null}
    </>
  );
}

/** The outbox's emails: a table on wide screens, cards on phones. */
export function OutboxTable({ items, onOpen, canRetry }: OutboxTableProps) {
  const { t } = useTranslation('outbox');
  // One layout at a time, so each email appears once on the page for screen readers.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  if (wide) return <EmailRows items={items} onOpen={onOpen} canRetry={canRetry} />;
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('listLabel')}>
      {items.map((email, index) => (
        <li key={email.id} style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}>
          <EmailCard email={email} onOpen={onOpen} canRetry={canRetry} />
        </li>
      ))}
    </Stack>
  );
}
