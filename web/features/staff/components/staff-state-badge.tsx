import { Badge, Group, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { formatDate } from '../../../lib/format.ts';

const stateColors: Record<StaffMember['state'], string> = {
  invited: 'blue',
  active: 'teal',
  deactivated: 'red',
};

// Beside the badge rather than in it: a short badge stays readable, and the date reads as a sentence.
function detailOf(member: StaffMember, t: TFunction<'staff'>): string | null {
  switch (member.state) {
    case 'invited':
      return member.invitedAt ? t('states.invitationSent', { date: formatDate(member.invitedAt) }) : null;
    case 'active':
      return member.lastLoginAt ? t('states.lastSignIn', { date: formatDate(member.lastLoginAt) }) : t('states.neverSignedIn');
    case 'deactivated':
      return member.deactivatedAt ? t('states.since', { date: formatDate(member.deactivatedAt) }) : null;
  }
}

export function StaffStateBadge({ member }: { member: StaffMember }) {
  const { t } = useTranslation('staff');
  const detail = detailOf(member, t);
  return (
    <Group gap={6} wrap="nowrap">
      <Badge variant="light" color={stateColors[member.state]} miw="max-content" tt="none">
        {t(`states.${member.state}`)}
      </Badge>
      {detail ? (
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {detail}
        </Text>
      ) : null}
    </Group>
  );
}
