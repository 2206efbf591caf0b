import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../../shared/features/visits/visits.contract.ts';

const colors: Record<VisitStatus, string> = {
  scheduled: 'blue',
  in_progress: 'teal',
  completed: 'gray',
  skipped: 'yellow',
  cancelled: 'red',
};

export function FieldStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('field');
  return (
    <Badge variant="light" color={colors[status]} tt="none">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
