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

export function PortalVisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation('portalVisits');
  return (
    <Badge variant="light" color={colors[status]} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}
