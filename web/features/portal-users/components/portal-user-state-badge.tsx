import { Badge } from '@mantine/core';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { formatDate } from '../../../lib/format.ts';

function describe(user: PortalUser): { label: string; color: string } {
  switch (user.state) {
    case 'not_invited':
      return { label: 'Not invited', color: 'gray' };
    case 'invited':
      return { label: user.invitedAt ? `Invited ${formatDate(user.invitedAt)}` : 'Invited', color: 'blue' };
    case 'active':
      return { label: `Active, last sign-in ${user.lastLoginAt ? formatDate(user.lastLoginAt) : 'never'}`, color: 'teal' };
    case 'locked':
      return { label: 'Locked', color: 'red' };
  }
}

export function PortalUserStateBadge({ user }: { user: PortalUser }) {
  const { label, color } = describe(user);
  return (
    <Badge variant="light" color={color} miw="max-content" tt="none">
      {label}
    </Badge>
  );
}
