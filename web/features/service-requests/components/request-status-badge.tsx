import { Badge } from '@mantine/core';
import {
  serviceRequestStatusLabels,
  type ServiceRequestStatus,
} from '../../../../shared/features/service-requests/service-requests.contract.ts';

/** The contract's labels speak to the customer; the office reads "waiting for your confirmation" from the other side. */
export const officeStatusLabels: Record<ServiceRequestStatus, string> = {
  ...serviceRequestStatusLabels,
  pending_confirmation: 'Waiting for customer',
};

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
  const labels = audience === 'office' ? officeStatusLabels : serviceRequestStatusLabels;
  return (
    // Requests nobody has opened yet stand out in the office's lists.
    <Badge variant={status === 'new' && audience === 'office' ? 'filled' : 'light'} color={statusColors[status]} tt="none" size={size} style={{ flexShrink: 0 }}>
      {labels[status]}
    </Badge>
  );
}
