import { Badge } from '@mantine/core';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { formatDate } from '../../../lib/format.ts';

function describe(member: StaffMember): { label: string; color: string } {
  switch (member.state) {
    case 'invited':
      return { label: member.invitedAt ? `Invited ${formatDate(member.invitedAt)}` : 'Invited', color: 'blue' };
    case 'active':
      return { label: `Active, last sign-in ${member.lastLoginAt ? formatDate(member.lastLoginAt) : 'never'}`, color: 'teal' };
    case 'deactivated':
      return { label: 'Deactivated', color: 'red' };
  }
}

export function StaffStateBadge({ member }: { member: StaffMember }) {
  const { label, color } = describe(member);
  return (
    <Badge variant="light" color={color} miw="max-content" tt="none">
      {label}
    </Badge>
  );
}
