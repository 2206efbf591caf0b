import { Badge, Group, Text } from '@mantine/core';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { formatDate } from '../../../lib/format.ts';

const stateLook: Record<StaffMember['state'], { label: string; color: string }> = {
  invited: { label: 'Invited', color: 'blue' },
  active: { label: 'Active', color: 'teal' },
  deactivated: { label: 'Deactivated', color: 'red' },
};

// Beside the badge rather than in it: a short badge stays readable, and the date reads as a sentence.
function detailOf(member: StaffMember): string | null {
  switch (member.state) {
    case 'invited':
      return member.invitedAt ? `Invitation sent ${formatDate(member.invitedAt)}` : null;
    case 'active':
      return member.lastLoginAt ? `Last sign-in ${formatDate(member.lastLoginAt)}` : 'Never signed in';
    case 'deactivated':
      return member.deactivatedAt ? `Since ${formatDate(member.deactivatedAt)}` : null;
  }
}

export function StaffStateBadge({ member }: { member: StaffMember }) {
  const { label, color } = stateLook[member.state];
  const detail = detailOf(member);
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color={color} miw="max-content" tt="none">
        {label}
      </Badge>
      {detail ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {detail}
        </Text>
      ) : null}
    </Group>
  );
}
