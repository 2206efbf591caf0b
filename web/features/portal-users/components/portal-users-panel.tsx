import { ActionIcon, Alert, Button, Group, Menu, Modal, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconInfoCircle, IconPencil, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useCreatePortalUser } from '../api/create-portal-user.ts';
import { useEnablePortalUser } from '../api/enable-portal-user.ts';
import { usePortalUsers } from '../api/get-portal-users.ts';
import { useLockPortalUser } from '../api/lock-portal-user.ts';
import { useRemovePortalUser } from '../api/remove-portal-user.ts';
import { useUnlockPortalUser } from '../api/unlock-portal-user.ts';
import { useUpdatePortalUser } from '../api/update-portal-user.ts';
import { PortalUserForm, type CustomerLocationOption } from './portal-user-form.tsx';
import { PortalUserStateBadge } from './portal-user-state-badge.tsx';

interface PortalUsersPanelProps {
  customerId: string;
  customerName: string;
  customerArchived: boolean;
  locations: CustomerLocationOption[];
  canManage: boolean;
}

type Dialog = 'add' | 'edit' | 'lock' | 'remove' | null;

function AddPortalUserModal({ customerId, locations, onClose }: { customerId: string; locations: CustomerLocationOption[]; onClose: () => void }) {
  const { t } = useTranslation('portalUsers');
  const mutation = useCreatePortalUser(customerId);
  return (
    <PortalUserForm
      locations={locations}
      mutation={mutation}
      onCancel={onClose}
      onSaved={() => {
        onClose();
        notifications.show({
          color: 'teal',
          title: t('notices.addedTitle'),
          message: t('notices.added'),
          autoClose: 8000,
        });
      }}
    />
  );
}

function EditPortalUserModal({ customerId, user, locations, onClose }: { customerId: string; user: PortalUser; locations: CustomerLocationOption[]; onClose: () => void }) {
  const { t } = useTranslation('portalUsers');
  const mutation = useUpdatePortalUser(customerId, user.id);
  return (
    <PortalUserForm
      user={user}
      locations={locations}
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('notices.updated', { name: saved.name }));
      }}
    />
  );
}

export function PortalUsersPanel({ customerId, customerName, customerArchived, locations, canManage }: PortalUsersPanelProps) {
  const { t } = useTranslation(['portalUsers', 'common']);
  const query = usePortalUsers(customerId);
  const enable = useEnablePortalUser(customerId);
  const lock = useLockPortalUser(customerId);
  const unlock = useUnlockPortalUser(customerId);
  const remove = useRemovePortalUser(customerId);
  const [dialog, setDialog] = useState<Dialog>(null);
  // Kept after a dialog closes, so its text does not go blank while it fades out.
  const [target, setTarget] = useState<PortalUser | null>(null);
  const close = () => { setDialog(null); };
  const openFor = (kind: Dialog, user: PortalUser | null) => {
    setTarget(user);
    setDialog(kind);
  };

  function sendInvitation(user: PortalUser) {
    enable.mutate(user.id, {
      onSuccess: (saved) => { notifySaved(t('notices.invitationSent', { email: saved.email }), t('notices.invitationSentTitle')); },
      onError: (error) => { notifyError(error, t('notices.invitationNotSent')); },
    });
  }

  function renderActions(user: PortalUser) {
    const busy = (mutation: { isPending: boolean; variables?: string }) => mutation.isPending && mutation.variables === user.id;
    return (
      <Group gap={4} wrap="nowrap" justify="flex-end">
        {user.state === 'not_invited' ? (
          <Button size="compact-sm" variant="light" loading={busy(enable)} onClick={() => { sendInvitation(user); }}>
            {t('actions.enable')}
          </Button>
        ) : null}
        {user.state === 'invited' ? (
          <Button size="compact-sm" variant="subtle" loading={busy(enable)} onClick={() => { sendInvitation(user); }}>
            {t('actions.resendInvitation')}
          </Button>
        ) : null}
        {user.state === 'locked' ? (
          <Button
            size="compact-sm"
            variant="subtle"
            loading={busy(unlock)}
            onClick={() => {
              unlock.mutate(user.id, {
                onSuccess: (saved) => { notifySaved(t('notices.unlocked', { name: saved.name }), t('notices.unlockedTitle')); },
                onError: (error) => { notifyError(error, t('notices.notUnlocked')); },
              });
            }}
          >
            {t('actions.unlock')}
          </Button>
        ) : (
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => {
              lock.reset();
              openFor('lock', user);
            }}
          >
            {t('actions.lock')}
          </Button>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={t('actions.moreFor', { name: user.name })}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => { openFor('edit', user); }}>
              {t('common:actions.edit')}
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => {
                remove.reset();
                openFor('remove', user);
              }}
            >
              {t('common:actions.remove')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    );
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={3} />;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconUsers size={28} />}
          title={t('emptyTitle')}
          description={t('emptyDescription')}
        />
      );
    }
    const columns: ListColumn<PortalUser>[] = [
      {
        key: 'name',
        header: t('common:fields.name'),
        card: 'title',
        nowrap: true,
        cell: (user) => (
          <>
            <Text size="sm" fw={600}>
              {user.name}
            </Text>
            {user.otherCustomerCount > 0 ? (
              <Text size="xs" c="dimmed">
                {t('table.otherCustomers', { count: user.otherCustomerCount })}
              </Text>
            ) : null}
          </>
        ),
      },
      { key: 'email', header: t('common:fields.email'), nowrap: true, cardFull: true, cell: (user) => <Text size="sm" style={{ overflowWrap: 'anywhere' }}>{user.email}</Text> },
      {
        key: 'locations',
        header: t('common:fields.locations'),
        maw: 260,
        cell: (user) => <Text size="sm">{user.locations.map((location) => location.name).join(', ') || '—'}</Text>,
      },
      {
        key: 'billing',
        header: t('table.billingContact'),
        nowrap: true,
        cell: (user) => <Text size="sm">{user.isBillingContact ? t('common:answers.yes') : t('common:answers.no')}</Text>,
      },
      { key: 'state', header: t('table.state'), cardFull: true, nowrap: true, cell: (user) => <PortalUserStateBadge user={user} /> },
      ...(canManage
        ? [{ key: 'actions', header: t('common:fields.actions'), hideHeader: true, card: 'footer' as const, nowrap: true, cell: renderActions }]
        : []),
    ];
    return (
      <ResponsiveTable
        items={query.data.items}
        columns={columns}
        rowKey={(user) => user.id}
        label={t('listLabel', { customer: customerName })}
        minWidth={canManage ? 920 : 760}
      />
    );
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          {t('intro', { customer: customerName })}
        </Text>
        {canManage ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { openFor('add', null); }}>
            {t('add')}
          </Button>
        ) : null}
      </Group>
      {customerArchived ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} />} mb="md">
          {t('archivedCustomer')}
        </Alert>
      ) : null}
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>

      <Modal
        opened={dialog === 'add' || dialog === 'edit'}
        onClose={close}
        title={<Text fw={700}>{target ? t('dialogs.editTitle', { name: target.name }) : t('add')}</Text>}
        size="lg"
      >
        {target ? (
          <EditPortalUserModal key={target.id} customerId={customerId} user={target} locations={locations} onClose={close} />
        ) : (
          <AddPortalUserModal customerId={customerId} locations={locations} onClose={close} />
        )}
      </Modal>

      <ConfirmModal
        opened={dialog === 'lock'}
        onClose={close}
        title={t('dialogs.lockTitle')}
        confirmLabel={t('dialogs.lockConfirm')}
        danger
        loading={lock.isPending}
        error={lock.error}
        onConfirm={() => {
          if (!target) return;
          lock.mutate(target.id, {
            onSuccess: (saved) => {
              close();
              notifySaved(t('notices.locked', { name: saved.name }), t('notices.lockedTitle'));
            },
          });
        }}
      >
        {t('dialogs.lockQuestion', { name: target?.name ?? '' })}
      </ConfirmModal>

      <ConfirmModal
        opened={dialog === 'remove'}
        onClose={close}
        title={t('dialogs.removeTitle')}
        confirmLabel={t('dialogs.removeConfirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!target) return;
          const removed = target;
          remove.mutate(removed.id, {
            onSuccess: () => {
              close();
              notifySaved(t('notices.removed', { name: removed.name, customer: customerName }), t('notices.removedTitle'));
            },
          });
        }}
      >
        {t('dialogs.removeQuestion', { name: target?.name ?? '', customer: customerName })}
      </ConfirmModal>
    </>
  );
}
