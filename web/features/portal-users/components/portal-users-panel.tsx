import { ActionIcon, Alert, Button, Group, Menu, Modal, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDots, IconInfoCircle, IconPencil, IconPlus, IconTrash, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import type { PortalUser } from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
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
          title: 'Portal user added',
          message: 'Added. No email was sent: click Enable when you are ready to invite them.',
          autoClose: 8000,
        });
      }}
    />
  );
}

function EditPortalUserModal({ customerId, user, locations, onClose }: { customerId: string; user: PortalUser; locations: CustomerLocationOption[]; onClose: () => void }) {
  const mutation = useUpdatePortalUser(customerId, user.id);
  return (
    <PortalUserForm
      user={user}
      locations={locations}
      mutation={mutation}
      onCancel={onClose}
      onSaved={(saved) => {
        onClose();
        notifySaved(`${saved.name}’s access is up to date.`);
      }}
    />
  );
}

export function PortalUsersPanel({ customerId, customerName, customerArchived, locations, canManage }: PortalUsersPanelProps) {
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
      onSuccess: (saved) => { notifySaved(`We emailed ${saved.email} a link to choose a password.`, 'Invitation sent'); },
      onError: (error) => { notifyError(error, 'Invitation not sent'); },
    });
  }

  function renderActions(user: PortalUser) {
    const busy = (mutation: { isPending: boolean; variables?: string }) => mutation.isPending && mutation.variables === user.id;
    return (
      <Group gap={4} wrap="nowrap" justify="flex-end">
        {user.state === 'not_invited' ? (
          <Button size="compact-sm" variant="light" loading={busy(enable)} onClick={() => { sendInvitation(user); }}>
            Enable
          </Button>
        ) : null}
        {user.state === 'invited' ? (
          <Button size="compact-sm" variant="subtle" loading={busy(enable)} onClick={() => { sendInvitation(user); }}>
            Re-send invitation
          </Button>
        ) : null}
        {user.state === 'locked' ? (
          <Button
            size="compact-sm"
            variant="subtle"
            loading={busy(unlock)}
            onClick={() => {
              unlock.mutate(user.id, {
                onSuccess: (saved) => { notifySaved(`${saved.name} can sign in again.`, 'Unlocked'); },
                onError: (error) => { notifyError(error, 'Not unlocked'); },
              });
            }}
          >
            Unlock
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
            Lock
          </Button>
        )}
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${user.name}`}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => { openFor('edit', user); }}>
              Edit
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<IconTrash size={16} aria-hidden />}
              onClick={() => {
                remove.reset();
                openFor('remove', user);
              }}
            >
              Remove
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
          title="No portal users yet"
          description="Add the people at this customer who should see their locations in the portal. Nobody is emailed until you click Enable."
        />
      );
    }
    return (
      <Table.ScrollContainer minWidth={canManage ? 920 : 760}>
        <Table verticalSpacing="sm" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Locations</Table.Th>
              <Table.Th>Billing contact</Table.Th>
              <Table.Th>State</Table.Th>
              {canManage ? (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {user.name}
                  </Text>
                  {user.otherCustomerCount > 0 ? (
                    <Text size="xs" c="dimmed">
                      Also at {user.otherCustomerCount} other {user.otherCustomerCount === 1 ? 'customer' : 'customers'}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{user.email}</Text>
                </Table.Td>
                <Table.Td maw={260} style={{ whiteSpace: 'normal' }}>
                  <Text size="sm">{user.locations.map((location) => location.name).join(', ') || '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{user.isBillingContact ? 'Yes' : 'No'}</Text>
                </Table.Td>
                <Table.Td>
                  <PortalUserStateBadge user={user} />
                </Table.Td>
                {canManage ? <Table.Td>{renderActions(user)}</Table.Td> : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          People at {customerName} who sign in to the portal, and the locations each may see.
        </Text>
        {canManage ? (
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { openFor('add', null); }}>
            Add portal user
          </Button>
        ) : null}
      </Group>
      {customerArchived ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} />} mb="md">
          This customer is archived, so none of these people can sign in until you restore it.
        </Alert>
      ) : null}
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>

      <Modal
        opened={dialog === 'add' || dialog === 'edit'}
        onClose={close}
        title={<Text fw={700}>{target ? `Edit ${target.name}` : 'Add portal user'}</Text>}
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
        title="Lock access"
        confirmLabel="Lock access"
        danger
        loading={lock.isPending}
        error={lock.error}
        onConfirm={() => {
          if (!target) return;
          lock.mutate(target.id, {
            onSuccess: (saved) => {
              close();
              notifySaved(`${saved.name} is signed out and cannot sign in until you unlock them.`, 'Locked');
            },
          });
        }}
      >
        Lock {target?.name}’s access? They are signed out at once, on every device, and cannot sign in until you unlock
        them.
      </ConfirmModal>

      <ConfirmModal
        opened={dialog === 'remove'}
        onClose={close}
        title="Remove portal user"
        confirmLabel="Remove access"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!target) return;
          const removed = target;
          remove.mutate(removed.id, {
            onSuccess: () => {
              close();
              notifySaved(`${removed.name} no longer has access to ${customerName}.`, 'Removed');
            },
          });
        }}
      >
        Remove {target?.name}’s access to {customerName}? They will no longer see this customer’s locations in the portal.
        Their access to other customers, if any, stays.
      </ConfirmModal>
    </>
  );
}
