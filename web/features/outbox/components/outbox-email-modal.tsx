import { Alert, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { ReactNode } from 'react';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { LinkifiedText } from './linkified-text.tsx';
import { OutboxStatusBadge } from './outbox-status-badge.tsx';
import { RetryEmailButton } from './retry-email-button.tsx';

interface OutboxEmailModalProps {
  /** Kept after closing so the content doesn't vanish during the closing animation. */
  email: OutboxEmail | null;
  opened: boolean;
  canRetry: boolean;
  onClose: () => void;
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Text size="sm" c="dimmed" w={64} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Group>
  );
}

// Without SMTP nothing is tried again, so no next try is promised; "failed" is for what an older Porter gave up on.
function failureTitle(email: OutboxEmail, canSend: boolean): string {
  const tries = `${String(email.attempts)} attempt${email.attempts === 1 ? '' : 's'}`;
  if (email.status === 'failed') return `Delivery failed after ${tries}`;
  return email.nextAttemptAt && canSend ? `Delivery failing after ${tries}; next try ${formatDateTime(email.nextAttemptAt)}` : `Delivery failing after ${tries}`;
}

export function OutboxEmailModal({ email, opened, onClose, canRetry }: OutboxEmailModalProps) {
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened && email !== null} onClose={onClose} title={email?.subject ?? ''} size="lg" fullScreen={phone}>
      {email ? (
        <Stack gap="sm">
          <Detail label="To">{email.to}</Detail>
          <Detail label="Created">{formatDateTime(email.createdAt)}</Detail>
          {email.sentAt ? <Detail label="Sent">{formatDateTime(email.sentAt)}</Detail> : null}
          <Detail label="Status">
            <OutboxStatusBadge email={email} />
          </Detail>
          {email.failing ? (
            <Alert color="red" variant="light" title={failureTitle(email, canRetry)}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {email.lastError}
                </Text>
                <RetryEmailButton email={email} disabled={!canRetry} />
                {canRetry ? null : (
                  <Text size="xs" c="dimmed">
                    Retry needs an SMTP server; none is configured (SMTP_URL).
                  </Text>
                )}
              </Stack>
            </Alert>
          ) : null}
          <Divider my="xs" />
          <LinkifiedText text={email.text} />
        </Stack>
      ) : null}
    </Modal>
  );
}
