import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { formatDate } from '../../../lib/format.ts';

function describe(user: PortalUser, t: TFunction<'portalUsers'>): { label: string; color: string } {
  switch (user.state) {
    case 'not_invited':
      return { label: t('states.notInvited'), color: 'gray' };
    case 'invited':
      return { label: user.invitedAt ? t('states.invitedOn', { date: formatDate(user.invitedAt) }) : t('states.invited'), color: 'blue' };
    case 'active':
      return {
        label: user.lastLoginAt ? t('states.activeLastSignIn', { date: formatDate(user.lastLoginAt) }) : t('states.activeNeverSignedIn'),
        color: 'teal',
      };
    case 'locked':
      return { label: t('states.locked'), color: 'red' };
  }
}

export function PortalUserStateBadge({ user }: { user: PortalUser }) {
  const { t } = useTranslation('portalUsers');
  const { label, color } = describe(user, t);
  return (
    <Badge variant="light" color={color} miw="max-content" tt="none">
      {label}
    </Badge>
  );
}
