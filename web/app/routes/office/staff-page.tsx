import { Button, Group, Modal, Paper, Text } from '@mantine/core';
import { IconLock, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canManageStaff, staffPolicy } from '../../../../shared/features/staff/staff.policy.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AddStaffForm } from '../../../features/staff/components/add-staff-form.tsx';
import { StaffTable } from '../../../features/staff/components/staff-table.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

export function StaffPage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('page.title'));
  const { me } = officeRoute.useRouteContext();
  const [adding, setAdding] = useState(false);

  if (!hasRoleAtLeast(me.user.role, staffPolicy.read)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState
          icon={<IconLock size={28} />}
          title={t('page.notAllowedTitle')}
          description={t('page.notAllowedDescription')}
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
          {manages ? t('page.introManager') : t('page.introViewer')}
        </Text>
        {manages ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { setAdding(true); }}>
            {t('page.add')}
          </Button>
        ) : null}
      </Group>
      <StaffTable viewer={viewer} />
      <Modal opened={adding} onClose={() => { setAdding(false); }} title={<Text fw={700}>{t('page.add')}</Text>} size="lg">
        <AddStaffForm
          viewer={viewer}
          onCancel={() => { setAdding(false); }}
          onAdded={(member) => {
            setAdding(false);
            notifySaved(t('page.added', { email: member.email }), t('page.addedTitle'));
          }}
        />
      </Modal>
    </>
  );
}
