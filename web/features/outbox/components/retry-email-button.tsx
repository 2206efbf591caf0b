import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconRefresh } from '@tabler/icons-react';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';
import { useRetryOutboxEmail } from '../api/retry-outbox-email.ts';

/** Tries a failing email again now, rather than after the wait that grows with each failure. */
export function RetryEmailButton({ email, disabled = false }: { email: OutboxEmail; disabled?: boolean }) {
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
          onSuccess: () => notifications.show({ color: 'teal', title: 'Trying again', message: `The email to ${email.to} will be sent in a moment.` }),
          onError: (error) => notifications.show({ color: 'red', title: 'Could not retry', message: error.message }),
        });
      }}
    >
      Retry
    </Button>
  );
}
