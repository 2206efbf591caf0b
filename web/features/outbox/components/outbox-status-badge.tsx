import { Badge } from '@mantine/core';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';

const statusLook: Record<OutboxEmail['status'], { label: string; color: string }> = {
  held: { label: 'Held', color: 'yellow' },
  queued: { label: 'Queued', color: 'blue' },
  sent: { label: 'Sent', color: 'teal' },
  failed: { label: 'Failed', color: 'red' },
};

export function OutboxStatusBadge({ email }: { email: Pick<OutboxEmail, 'status' | 'failing'> }) {
  const { label, color } = email.failing && email.status === 'queued' ? { label: 'Failing', color: 'red' } : statusLook[email.status];
  return (
    <Badge variant="light" color={color} miw="max-content">
      {label}
    </Badge>
  );
}
