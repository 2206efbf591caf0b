import { Button, Group, Modal, Paper, Text } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { canManageStaff, staffPolicy } from '../../../../shared/features/staff/staff.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AddStaffForm } from '../../../features/staff/components/add-staff-form.tsx';
import { StaffTable } from '../../../features/staff/components/staff-table.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function StaffPage() {
  usePageTitle('Staff');
  const { me } = officeRoute.useRouteContext();
  const [adding, setAdding] = useState(false);

  if (!hasRoleAtLeast(me.user.role, staffPolicy.read)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState
          icon={<IconLock size={28} />}
          title="Your role does not allow this"
          description="Managers, admins and owners see the staff list. Ask one of them if something needs changing."
        />
      </Paper>
    );
  }

  const viewer = { id: me.user.id, role: me.user.role };
  const manages = canManageStaff(viewer);
  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm">
        <Text c="dimmed" maw={640}>
          Everyone at your company who signs in to Porter.{' '}
          {manages
            ? 'Add someone to email them an invitation, change a role to give or take away powers, and deactivate anyone who leaves.'
            : 'Owners and admins add people and change roles.'}
        </Text>
        {manages ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setAdding(true); }}>
            Add staff
          </Button>
        ) : null}
      </Group>
      <StaffTable viewer={viewer} />
      <Modal opened={adding} onClose={() => { setAdding(false); }} title={<Text fw={700}>Add staff</Text>} size="lg">
        <AddStaffForm
          viewer={viewer}
          onCancel={() => { setAdding(false); }}
          onAdded={(member) => {
            setAdding(false);
            notifySaved(`We emailed ${member.email} an invitation to choose a password. The link works for 7 days.`, 'Staff member added');
          }}
        />
      </Modal>
    </>
  );
}
