import { ActionIcon, Badge, Button, Group, Menu, Modal, NativeSelect, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconAt, IconDots, IconKey, IconMail, IconPencil, IconUserOff, IconUsers } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { mobileCarriers } from '../../../../shared/carriers.ts';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { canChangeAccess, canChangeStaffMember, canGrantRole, type StaffViewer } from '../../../../shared/features/staff/staff.policy.ts';
import { staffRoleLabels, staffRoles, type StaffRole } from '../../../../shared/roles.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useDeactivateStaff } from '../api/deactivate-staff.ts';
import { useStaff } from '../api/get-staff.ts';
import { useReactivateStaff } from '../api/reactivate-staff.ts';
import { useResendStaffInvitation } from '../api/resend-staff-invitation.ts';
import { useSendStaffPasswordLink } from '../api/send-staff-password-link.ts';
import { useUpdateStaffProfile } from '../api/update-staff-profile.ts';
import { useUpdateStaffRole } from '../api/update-staff-role.ts';
import { MobileProfileForm } from './mobile-profile-form.tsx';
import { StaffEmailForm } from './staff-email-form.tsx';
import { StaffStateBadge } from './staff-state-badge.tsx';

function carrierName(member: StaffMember): string | null {
  if (!member.mobileCarrier) return null;
  if (member.mobileCarrier === 'other') return member.mobileCarrierDomain ?? 'Other';
  return mobileCarriers.find((carrier) => carrier.id === member.mobileCarrier)?.name ?? member.mobileCarrier;
}

function toRole(value: string): StaffRole | undefined {
  return staffRoles.find((role) => role === value);
}

function EditMobileModal({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const mutation = useUpdateStaffProfile(member.id);
  return (
    <MobileProfileForm
      member={member}
      mutation={mutation}
      onSaved={(saved) => {
        onClose();
        notifySaved(`${saved.name}’s mobile details are up to date.`);
      }}
      extraActions={
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
      }
    />
  );
}

function Muted({ children }: { children: string | null }) {
  return children ? (
    <Text size="sm">{children}</Text>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
}

// Former staff stay on file, below the people who work here now; otherwise the server's order (by name).
function currentFirst(members: StaffMember[]): StaffMember[] {
  return [...members].sort((a, b) => Number(a.state === 'deactivated') - Number(b.state === 'deactivated'));
}

type RenderMember = (member: StaffMember) => ReactNode;

interface StaffLayoutProps {
  members: StaffMember[];
  viewer: StaffViewer;
  /** Whether any row has actions, so the table keeps a column for them. */
  anyActions: boolean;
  renderRole: RenderMember;
  /** The one action a state calls for (re-send an invitation, reactivate), as a button. */
  renderStateAction: RenderMember;
  renderMenu: RenderMember;
}

function NameAndEmail({ member, viewer }: { member: StaffMember; viewer: StaffViewer }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="sm" fw={600} truncate>
        {member.name}
        {member.id === viewer.id ? ' (you)' : ''}
      </Text>
      <Text size="xs" c="dimmed" truncate>
        {member.email}
      </Text>
    </div>
  );
}

function TextAddress({ member }: { member: StaffMember }) {
  return member.textAddress ? (
    <Text size="sm" ff="monospace">
      {member.textAddress}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      Cannot receive texts
    </Text>
  );
}

function StaffRows({ members, viewer, anyActions, renderRole, renderStateAction, renderMenu }: StaffLayoutProps) {
  return (
    <Table.ScrollContainer minWidth={anyActions ? 980 : 860}>
      <Table verticalSpacing="sm" style={{ whiteSpace: 'nowrap' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Mobile</Table.Th>
            <Table.Th>Carrier</Table.Th>
            <Table.Th>Text address</Table.Th>
            {anyActions ? (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {members.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                <NameAndEmail member={member} viewer={viewer} />
                <Group mt={4}>
                  <StaffStateBadge member={member} />
                </Group>
              </Table.Td>
              <Table.Td>{renderRole(member)}</Table.Td>
              <Table.Td>
                <Muted>{member.mobilePhone}</Muted>
              </Table.Td>
              <Table.Td>
                <Muted>{carrierName(member)}</Muted>
              </Table.Td>
              <Table.Td>
                <TextAddress member={member} />
              </Table.Td>
              {anyActions ? (
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    {renderStateAction(member)}
                    {renderMenu(member)}
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** On a phone each person is a card: name, state and role at a glance, without scrolling sideways. */
function StaffCards({ members, viewer, renderRole, renderStateAction, renderMenu }: StaffLayoutProps) {
  return (
    <Stack gap={0} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Staff">
      {members.map((member, index) => {
        const mobile = [member.mobilePhone, carrierName(member)].filter(Boolean).join(' · ');
        return (
          <li key={member.id} style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}>
            <Stack gap="xs" p="md">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <NameAndEmail member={member} viewer={viewer} />
                {renderMenu(member)}
              </Group>
              <StaffStateBadge member={member} />
              <Group justify="space-between" gap="xs">
                {renderRole(member)}
                {renderStateAction(member)}
              </Group>
              <Text size="xs" c="dimmed">
                {mobile || 'No mobile number'}
                {member.textAddress ? ` · texts to ${member.textAddress}` : ' · cannot receive texts'}
              </Text>
            </Stack>
          </li>
        );
      })}
    </Stack>
  );
}

interface StaffTableProps {
  /** Who is looking: the table offers only what the server allows them (an admin gets nothing on an owner). */
  viewer: StaffViewer;
}

type Dialog = 'mobile' | 'email' | 'deactivate' | null;

/** The staff list: a table on wide screens, cards on phones. */
export function StaffTable({ viewer }: StaffTableProps) {
  const query = useStaff();
  // One layout at a time, so each person appears once on the page for screen readers.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const roleMutation = useUpdateStaffRole();
  const resend = useResendStaffInvitation();
  const deactivate = useDeactivateStaff();
  const reactivate = useReactivateStaff();
  const passwordLink = useSendStaffPasswordLink();
  const [dialog, setDialog] = useState<Dialog>(null);
  // Kept after a dialog closes, so its text does not go blank while it fades out.
  const [target, setTarget] = useState<StaffMember | null>(null);
  const close = () => { setDialog(null); };
  const openFor = (kind: Dialog, member: StaffMember) => {
    setTarget(member);
    setDialog(kind);
  };
  const anyActions = query.data?.items.some((member) => canChangeStaffMember(viewer, member)) ?? false;

  function changeRole(member: StaffMember, role: StaffRole) {
    roleMutation.mutate(
      { staffId: member.id, role },
      {
        onSuccess: (saved) => { notifySaved(`${saved.name}’s role is now ${staffRoleLabels[saved.role]}.`, 'Role changed'); },
        onError: (error) => { notifyError(error, 'Role not changed'); },
      },
    );
  }

  function renderRole(member: StaffMember) {
    if (!canChangeAccess(viewer, member)) {
      return (
        <Badge variant="default" tt="none">
          {staffRoleLabels[member.role]}
        </Badge>
      );
    }
    const pendingRole = roleMutation.isPending && roleMutation.variables.staffId === member.id ? roleMutation.variables.role : null;
    return (
      <NativeSelect
        aria-label={`Role of ${member.name}`}
        data={staffRoles.filter((role) => role === member.role || canGrantRole(viewer, role)).map((role) => ({ value: role, label: staffRoleLabels[role] }))}
        value={pendingRole ?? member.role}
        onChange={(event) => {
          const role = toRole(event.currentTarget.value);
          if (role) changeRole(member, role);
        }}
        size="sm"
        w={150}
      />
    );
  }

  function renderStateAction(member: StaffMember) {
    if (!canChangeStaffMember(viewer, member)) return null;
    const busy = (mutation: { isPending: boolean; variables?: string }) => mutation.isPending && mutation.variables === member.id;
    const canSwitch = canChangeAccess(viewer, member);
    return (
      <>
        {member.state === 'invited' ? (
          <Button
            size="compact-sm"
            variant="subtle"
            leftSection={<IconMail size={14} aria-hidden />}
            loading={busy(resend)}
            onClick={() => {
              resend.mutate(member.id, {
                onSuccess: (saved) => { notifySaved(`We emailed ${saved.email} a new link; the earlier one no longer works.`, 'Invitation sent'); },
                onError: (error) => { notifyError(error, 'Invitation not sent'); },
              });
            }}
          >
            Re-send invitation
          </Button>
        ) : null}
        {canSwitch && member.state === 'deactivated' ? (
          <Button
            size="compact-sm"
            variant="subtle"
            loading={busy(reactivate)}
            onClick={() => {
              reactivate.mutate(member.id, {
                onSuccess: (saved) => {
                  notifySaved(saved.state === 'invited' ? `${saved.name} is back; re-send the invitation so they can choose a password.` : `${saved.name} can sign in again.`, 'Reactivated');
                },
                onError: (error) => { notifyError(error, 'Not reactivated'); },
              });
            }}
          >
            Reactivate
          </Button>
        ) : null}
      </>
    );
  }

  function renderMenu(member: StaffMember) {
    if (!canChangeStaffMember(viewer, member)) return null;
    const canSwitch = canChangeAccess(viewer, member);
    return (
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${member.name}`}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => { openFor('mobile', member); }}>
            Edit mobile details
          </Menu.Item>
          <Menu.Item leftSection={<IconAt size={16} aria-hidden />} onClick={() => { openFor('email', member); }}>
            Change email
          </Menu.Item>
          {member.state === 'active' ? (
            <Menu.Item
              leftSection={<IconKey size={16} aria-hidden />}
              onClick={() => {
                passwordLink.mutate(member.id, {
                  onSuccess: () => { notifySaved(`We emailed ${member.email} a link to choose a new password. It works once, for one hour.`, 'Password link sent'); },
                  onError: (error) => { notifyError(error, 'Password link not sent'); },
                });
              }}
            >
              Send password link
            </Menu.Item>
          ) : null}
          {canSwitch && member.state !== 'deactivated' ? (
            <Menu.Item
              color="red"
              leftSection={<IconUserOff size={16} aria-hidden />}
              onClick={() => {
                deactivate.reset();
                openFor('deactivate', member);
              }}
            >
              Deactivate
            </Menu.Item>
          ) : null}
        </Menu.Dropdown>
      </Menu>
    );
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconUsers size={28} />} title="No staff yet" description="Your office and field staff will be listed here." />;
    }
    const layout = { members: currentFirst(query.data.items), viewer, anyActions, renderRole, renderStateAction, renderMenu };
    return wide ? <StaffRows {...layout} /> : <StaffCards {...layout} />;
  }

  return (
    <>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal
        opened={dialog === 'mobile'}
        onClose={close}
        title={<Text fw={700}>{target ? `Mobile details of ${target.name}` : 'Mobile details'}</Text>}
      >
        {target ? <EditMobileModal key={target.id} member={target} onClose={close} /> : null}
      </Modal>
      <Modal opened={dialog === 'email'} onClose={close} title={<Text fw={700}>{target ? `Email of ${target.name}` : 'Email'}</Text>}>
        {target ? (
          <StaffEmailForm
            key={target.id}
            member={target}
            onCancel={close}
            onSaved={(saved) => {
              close();
              notifySaved(`${saved.name} now signs in with ${saved.email}.`, 'Email changed');
            }}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={dialog === 'deactivate'}
        onClose={close}
        title={target ? `Deactivate ${target.name}?` : 'Deactivate staff member'}
        confirmLabel="Deactivate"
        danger
        loading={deactivate.isPending}
        error={deactivate.error}
        onConfirm={() => {
          if (!target) return;
          deactivate.mutate(target.id, {
            onSuccess: (saved) => {
              close();
              notifySaved(`${saved.name} is signed out and cannot sign in until you reactivate them.`, 'Deactivated');
            },
          });
        }}
      >
        They are signed out at once, on every device, and cannot sign in until you reactivate them. Their history stays.
      </ConfirmModal>
    </>
  );
}
