import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../../shared/features/visits/visits.contract.ts';

const statusColors: Record<VisitStatus, string> = {
  scheduled: 'blue',
  in_progress: 'cyan',
  completed: 'teal',
  skipped: 'gray',
  cancelled: 'red',
};

export function VisitStatusBadge({ status, size = 'sm' }: { status: VisitStatus; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('visits');
  return (
    <Badge variant="light" color={statusColors[status]} size={size} style={{ flexShrink: 0 }}>
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Shown on every double-booked visit: a warning colour, and words, not colour alone. */
export function DoubleBookedBadge({ names, size = 'sm' }: { names: string[]; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation('schedule');
  return (
    <Badge variant="light" color="orange" size={size} title={t('conflict.who', { names: names.join(', ') })} style={{ flexShrink: 0 }}>
      {t('conflict.badge')}
    </Badge>
  );
}
