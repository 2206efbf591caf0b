import { ActionIcon, Avatar, Badge, Button, Group, Menu, Modal, NativeSelect, Paper, Text } from '@mantine/core';
import { IconAt, IconDots, IconKey, IconMail, IconPencil, IconUserOff, IconUsers } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mobileCarriers } from '../../../../shared/carriers.ts';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { canChangeAccess, canChangeStaffMember, canGrantRole, type StaffViewer } from '../../../../shared/features/staff/staff.policy.ts';
import { staffRoles, type StaffRole } from '../../../../shared/roles.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { monogramInitials } from '../../../lib/monogram.ts';
import { useDeactivateStaff } from '../api/deactivate-staff.ts';
import { staffPhotoUrl, useStaff } from '../api/get-staff.ts';
import { useReactivateStaff } from '../api/reactivate-staff.ts';
import { useResendStaffInvitation } from '../api/resend-staff-invitation.ts';
import { useSendStaffPasswordLink } from '../api/send-staff-password-link.ts';
import { useUpdateStaffProfile } from '../api/update-staff-profile.ts';
import { useUpdateStaffRole } from '../api/update-staff-role.ts';
import { MobileProfileForm } from './mobile-profile-form.tsx';
import { StaffEmailForm } from './staff-email-form.tsx';
import { StaffStateBadge } from './staff-state-badge.tsx';

function carrierName(member: StaffMember, t: TFunction<'staff'>): string | null {
  if (!member.mobileCarrier) return null;
  if (member.mobileCarrier === 'other') return member.mobileCarrierDomain ?? t('table.otherCarrier');
  return mobileCarriers.find((carrier) => carrier.id === member.mobileCarrier)?.name ?? member.mobileCarrier;
}

function toRole(value: string): StaffRole | undefined {
  return staffRoles.find((role) => role === value);
}

function EditMobileModal({ member, onClose }: { member: StaffMember; onClose: () => void }) {
  const { t } = useTranslation(['staff', 'common', 'app']);
  const mutation = useUpdateStaffProfile(member.id);
  return (
    <MobileProfileForm
      member={member}
      mutation={mutation}
      onSaved={(saved) => {
        onClose();
        notifySaved(t('notices.mobileSaved', { name: saved.name }));
      }}
      extraActions={
        <Button variant="default" onClick={onClose}>
          {t('common:actions.cancel')}
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
  const { t } = useTranslation(['staff', 'app']);
  return (
    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
      {/* The photo customers see in Who's working; decorative here, beside the name. */}
      <Avatar src={staffPhotoUrl(member)} alt="" size={36} radius="xl" color="porter" style={{ flexShrink: 0 }}>
        {monogramInitials(member.name)}
      </Avatar>
      <div style={{ minWidth: 0 }}>
        <Text size="sm" fw={600} truncate>
          {member.id === viewer.id ? t('table.you', { name: member.name }) : member.name}
        </Text>
        <Text size="xs" c="dimmed" truncate>
          {member.email}
        </Text>
      </div>
    </Group>
  );
}

function TextAddress({ member }: { member: StaffMember }) {
  const { t } = useTranslation(['staff', 'app']);
  return member.textAddress ? (
    <Text size="sm" ff="monospace">
      {member.textAddress}
    </Text>
  ) : (
    <Text size="sm" c="dimmed">
      {t('table.cannotReceiveTexts')}
    </Text>
  );
}

function StaffList({ members, viewer, anyActions, renderRole, renderStateAction, renderMenu }: StaffLayoutProps) {
  const { t } = useTranslation(['staff', 'common', 'app']);
  const columns: ListColumn<StaffMember>[] = [
    {
      key: 'name',
      header: t('common:fields.name'),
      card: 'title',
      nowrap: true,
      cell: (member) => (
        <>
          <NameAndEmail member={member} viewer={viewer} />
          <Group mt={4}>
            <StaffStateBadge member={member} />
          </Group>
        </>
      ),
    },
    // On a card the menu sits at the top right, beside the name, as on a phone's contact card.
    { key: 'menu', header: t('common:fields.actions'), card: 'aside', cardOnly: true, cell: renderMenu },
    { key: 'role', header: t('common:fields.role'), nowrap: true, cell: renderRole },
    { key: 'mobile', header: t('common:fields.mobile'), nowrap: true, cell: (member) => <Muted>{member.mobilePhone}</Muted> },
    { key: 'carrier', header: t('table.carrier'), nowrap: true, cell: (member) => <Muted>{carrierName(member, t)}</Muted> },
    { key: 'textAddress', header: t('table.textAddress'), nowrap: true, card: 'footer', cell: (member) => <TextAddress member={member} /> },
    ...(anyActions
      ? [
          {
            key: 'actions',
            header: t('common:fields.actions'),
            hideHeader: true,
            nowrap: true,
            card: 'footer' as const,
            cell: (member: StaffMember) => (
              <Group gap={4} wrap="nowrap" justify="flex-end">
                {renderStateAction(member)}
                {renderMenu(member)}
              </Group>
            ),
            cardCell: renderStateAction,
          },
        ]
      : []),
  ];
  return <ResponsiveTable items={members} columns={columns} rowKey={(member) => member.id} label={t('table.listLabel')} minWidth={anyActions ? 980 : 860} />;
}

interface StaffTableProps {
  /** Who is looking: the table offers only what the server allows them (an admin gets nothing on an owner). */
  viewer: StaffViewer;
}

type Dialog = 'mobile' | 'email' | 'deactivate' | null;

/** The staff list: a table on wide screens, cards on phones. */
export function StaffTable({ viewer }: StaffTableProps) {
  const { t } = useTranslation(['staff', 'app']);
  const query = useStaff();
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
        onSuccess: (saved) => { notifySaved(t('notices.roleChanged', { name: saved.name, role: t(`app:roles.${saved.role}`) }), t('notices.roleChangedTitle')); },
        onError: (error) => { notifyError(error, t('notices.roleNotChanged')); },
      },
    );
  }

  function renderRole(member: StaffMember) {
    if (!canChangeAccess(viewer, member)) {
      return (
        <Badge variant="default" tt="none">
          {t(`app:roles.${member.role}`)}
        </Badge>
      );
    }
    const pendingRole = roleMutation.isPending && roleMutation.variables.staffId === member.id ? roleMutation.variables.role : null;
    return (
      <NativeSelect
        aria-label={t('table.roleOf', { name: member.name })}
        data={staffRoles.filter((role) => role === member.role || canGrantRole(viewer, role)).map((role) => ({ value: role, label: t(`app:roles.${role}`) }))}
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
                onSuccess: (saved) => { notifySaved(t('notices.invitationSent', { email: saved.email }), t('notices.invitationSentTitle')); },
                onError: (error) => { notifyError(error, t('notices.invitationNotSent')); },
              });
            }}
          >
            {t('actions.resendInvitation')}
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
                  notifySaved(saved.state === 'invited' ? t('notices.reactivatedInvited', { name: saved.name }) : t('notices.reactivated', { name: saved.name }), t('notices.reactivatedTitle'));
                },
                onError: (error) => { notifyError(error, t('notices.notReactivated')); },
              });
            }}
          >
            {t('actions.reactivate')}
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
          <ActionIcon variant="subtle" color="gray" aria-label={t('table.moreFor', { name: member.name })}>
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => { openFor('mobile', member); }}>
            {t('actions.editMobile')}
          </Menu.Item>
          <Menu.Item leftSection={<IconAt size={16} aria-hidden />} onClick={() => { openFor('email', member); }}>
            {t('actions.changeEmail')}
          </Menu.Item>
          {member.state === 'active' ? (
            <Menu.Item
              leftSection={<IconKey size={16} aria-hidden />}
              onClick={() => {
                passwordLink.mutate(member.id, {
                  onSuccess: () => { notifySaved(t('notices.passwordLinkSent', { email: member.email }), t('notices.passwordLinkSentTitle')); },
                  onError: (error) => { notifyError(error, t('notices.passwordLinkNotSent')); },
                });
              }}
            >
              {t('actions.sendPasswordLink')}
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
              {t('actions.deactivate')}
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
      return <EmptyState icon={<IconUsers size={28} />} title={t('table.emptyTitle')} description={t('table.emptyDescription')} />;
    }
    const layout = { members: currentFirst(query.data.items), viewer, anyActions, renderRole, renderStateAction, renderMenu };
    return <StaffList {...layout} />;
  }

  return (
    <>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal
        opened={dialog === 'mobile'}
        onClose={close}
        title={<Text fw={700}>{target ? t('dialogs.mobileTitleOf', { name: target.name }) : t('dialogs.mobileTitle')}</Text>}
      >
        {target ? <EditMobileModal key={target.id} member={target} onClose={close} /> : null}
      </Modal>
      <Modal opened={dialog === 'email'} onClose={close} title={<Text fw={700}>{target ? t('dialogs.emailTitleOf', { name: target.name }) : t('dialogs.emailTitle')}</Text>}>
        {target ? (
          <StaffEmailForm
            key={target.id}
            member={target}
            onCancel={close}
            onSaved={(saved) => {
              close();
              notifySaved(t('notices.emailChanged', { name: saved.name, email: saved.email }), t('notices.emailChangedTitle'));
            }}
          />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={dialog === 'deactivate'}
        onClose={close}
        title={target ? t('dialogs.deactivateTitleOf', { name: target.name }) : t('dialogs.deactivateTitle')}
        confirmLabel={t('dialogs.deactivateConfirm')}
        danger
        loading={deactivate.isPending}
        error={deactivate.error}
        onConfirm={() => {
          if (!target) return;
          deactivate.mutate(target.id, {
            onSuccess: (saved) => {
              close();
              notifySaved(t('notices.deactivated', { name: saved.name }), t('notices.deactivatedTitle'));
            },
          });
        }}
      >
        {t('dialogs.deactivateExplanation')}
      </ConfirmModal>
    </>
  );
}
