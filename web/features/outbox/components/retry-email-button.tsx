import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
import { useRetryOutboxEmail } from '../api/retry-outbox-email.ts';

/** Tries a failing email again now, rather than after the wait that grows with each failure. */
export function RetryEmailButton({ email, disabled = false }: { email: OutboxEmail; disabled?: boolean }) {
  const { t } = useTranslation('outbox');
  const mutation = useRetryOutboxEmail();
  return (
    <Button
      size="xs"
      variant="light"
      leftSection={<IconRefresh size={14} />}
      loading={mutation.isPending}
      disabled={disabled}
      onClick={(event) => {
        event.stopPropagation();
        mutation.mutate(email.id, {
          onSuccess: () => notifications.show({ color: 'teal', title: t('retry.startedTitle'), message: t('retry.started', { to: email.to }) }),
          onError: (error) => notifications.show({ color: 'red', title: t('retry.failedTitle'), message: error.message }),
        });
      }}
    >
      {t('retry.button')}
    </Button>
  );
}
