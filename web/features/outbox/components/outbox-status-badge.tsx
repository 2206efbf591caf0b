import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutboxEmail } from '../../../../shared/features/outbox/outbox.contract.ts';

type Shown = OutboxEmail['status'] | 'failing';

const statusColors: Record<Shown, string> = {
  held: 'yellow',
  queued: 'blue',
  sent: 'teal',
  failed: 'red',
  failing: 'red',
};

export function OutboxStatusBadge({ email }: { email: Pick<OutboxEmail, 'status' | 'failing'> }) {
  const { t } = useTranslation('outbox');
  const shown: Shown = email.failing && email.status === 'queued' ? 'failing' : email.status;
  return (
    <Badge variant="light" color={statusColors[shown]} miw="max-content">
      {t(`statuses.${shown}`)}
    </Badge>
  );
}
