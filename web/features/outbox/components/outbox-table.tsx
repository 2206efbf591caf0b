import { Group, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { OutboxStatusBadge } from './outbox-status-badge.tsx';
import { RetryEmailButton } from './retry-email-button.tsx';

interface OutboxTableProps {
  items: OutboxEmail[];
  onOpen: (email: OutboxEmail) => void;
  /** Retry is offered only when Porter can send at all. */
  canRetry: boolean;
}

function StatusCell({ email, canRetry }: { email: OutboxEmail; canRetry: boolean }) {
  if (!email.failing) return <OutboxStatusBadge email={email} />;
  return (
    <Stack gap={4} maw={320}>
      <Group gap="xs" wrap="nowrap">
        <OutboxStatusBadge email={email} />
        {canRetry ? <RetryEmailButton email={email} /> : null}
      </Group>
      <Text size="xs" c="red" lineClamp={2} title={email.lastError ?? undefined}>
        {email.lastError}
      </Text>
    </Stack>
  );
}

export function OutboxTable({ items, onOpen, canRetry }: OutboxTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>To</Table.Th>
            <Table.Th>Subject</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Created</Table.Th>
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
              </Table.Td>
              <Table.Td>
                <StatusCell email={email} canRetry={canRetry} />
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
