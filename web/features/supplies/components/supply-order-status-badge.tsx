import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupplyOrderStatus } from '../../../../shared/features/supplies/supplies.contract.ts';

const statusColors: Record<SupplyOrderStatus, string> = {
  submitted: 'blue',
  approved: 'cyan',
  delivered: 'teal',
  cancelled: 'gray',
};

export function SupplyOrderStatusBadge({ status, size = 'md' }: { status: SupplyOrderStatus; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('supplies');
  return (
    <Badge variant="light" color={statusColors[status]} tt="none" size={size} style={{ flexShrink: 0 }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
