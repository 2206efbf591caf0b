import { Alert, Divider, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
function failureTitle(email: OutboxEmail, canSend: boolean, t: TFunction<'outbox'>): string {
  const count = email.attempts;
  if (email.status === 'failed') return t('failure.failed', { count });
  return email.nextAttemptAt && canSend
    ? t('failure.failingNextTry', { count, time: formatDateTime(email.nextAttemptAt) })
    : t('failure.failing', { count });
}

export function OutboxEmailModal({ email, opened, onClose, canRetry }: OutboxEmailModalProps) {
  const { t } = useTranslation(['outbox', 'common']);
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened={opened && email !== null} onClose={onClose} title={email?.subject ?? ''} size="lg" fullScreen={phone}>
      {email ? (
        <Stack gap="sm">
          <Detail label={t('fields.to')}>{email.to}</Detail>
          <Detail label={t('common:fields.created')}>{formatDateTime(email.createdAt)}</Detail>
          {email.sentAt ? <Detail label={t('fields.sent')}>{formatDateTime(email.sentAt)}</Detail> : null}
          <Detail label={t('common:fields.status')}>
            <OutboxStatusBadge email={email} />
          </Detail>
          {email.failing ? (
            <Alert color="red" variant="light" title={failureTitle(email, canRetry, t)}>
              <Stack gap="xs" align="flex-start">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {email.lastError}
                </Text>
                <RetryEmailButton email={email} disabled={!canRetry} />
                {canRetry ? null : (
                  <Text size="xs" c="dimmed">
                    {t('failure.retryNeedsSmtp')}
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
