import { Paper, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { StaffTable } from '../../../features/staff/components/staff-table.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { staffPolicy } from '../../../../shared/features/staff/staff.policy.ts';

const officeRoute = getRouteApi('/office');

export function StaffPage() {
  usePageTitle('Staff');
  const { me } = officeRoute.useRouteContext();

  if (!hasRoleAtLeast(me.user.role, staffPolicy.read)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState
          icon={<IconLock size={28} />}
          title="Your role does not allow this"
          description="Managers, admins and owners look after staff details. Ask one of them if something needs changing."
        />
      </Paper>
    );
  }

  const canChangeRoles = hasRoleAtLeast(me.user.role, staffPolicy.manage);
  return (
    <>
      <Text c="dimmed" mb="md">
        Everyone at your company who signs in to Porter.{' '}
        {canChangeRoles
          ? 'Change a role to give or take away powers, and add a mobile number and carrier so someone can get notifications by text.'
          : 'Add a mobile number and carrier so someone can get notifications by text.'}
      </Text>
      <StaffTable canChangeRoles={canChangeRoles} canEditProfiles />
    </>
  );
}
