import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ServiceRequestStatus } from '../../../../shared/features/service-requests/service-requests.contract.ts';

/** The customer reads "waiting for your confirmation"; the office reads "waiting for customer", from the other side. */
export function requestStatusLabel(t: TFunction<'serviceRequests'>, status: ServiceRequestStatus, audience: 'office' | 'portal'): string {
  return audience === 'office' ? t(`officeStatus.${status}`) : t(`status.${status}`);
}

const statusColors: Record<ServiceRequestStatus, string> = {
  new: 'blue',
  open: 'cyan',
  in_progress: 'orange',
  pending_confirmation: 'grape',
  resolved: 'teal',
  closed: 'gray',
};

interface RequestStatusBadgeProps {
  status: ServiceRequestStatus;
  audience: 'office' | 'portal';
  size?: 'sm' | 'md' | 'lg';
}

export function RequestStatusBadge({ status, audience, size = 'md' }: RequestStatusBadgeProps) {
  const { t } = useTranslation('serviceRequests');
  return (
    // Requests nobody has opened yet stand out in the office's lists.
    <Badge variant={status === 'new' && audience === 'office' ? 'filled' : 'light'} color={statusColors[status]} tt="none" size={size} style={{ flexShrink: 0 }}>
      {requestStatusLabel(t, status, audience)}
    </Badge>
  );
}
