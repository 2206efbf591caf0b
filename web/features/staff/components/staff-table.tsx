import { Badge, Button, Modal, NativeSelect, Paper, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { mobileCarriers } from '../../../../shared/carriers.ts';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { staffRoleLabels, staffRoles, type StaffRole } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useStaff } from '../api/get-staff.ts';
import { useUpdateStaffProfile } from '../api/update-staff-profile.ts';
import { useUpdateStaffRole } from '../api/update-staff-role.ts';
import { MobileProfileForm } from './mobile-profile-form.tsx';

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

interface StaffTableProps {
  /** Owners and admins may change roles. */
  canChangeRoles: boolean;
  /** Managers and up may edit mobile details. */
  canEditProfiles: boolean;
}

export function StaffTable({ canChangeRoles, canEditProfiles }: StaffTableProps) {
  const query = useStaff();
  const roleMutation = useUpdateStaffRole();
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const [modalOpen, setModalOpen] = useState(false);

  function changeRole(member: StaffMember, role: StaffRole) {
    roleMutation.mutate(
      { staffId: member.id, role },
      {
        onSuccess: (saved) => { notifySaved(`${saved.name}’s role is now ${staffRoleLabels[saved.role]}.`, 'Role changed'); },
        onError: (error) => { notifyError(error, 'Role not changed'); },
      },
    );
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconUsers size={28} />} title="No staff yet" description="Your office and field staff will be listed here." />;
    }
    return (
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing="sm" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Mobile</Table.Th>
              <Table.Th>Carrier</Table.Th>
              <Table.Th>Text address</Table.Th>
              {canEditProfiles ? (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              ) : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((member) => {
              const pendingRole = roleMutation.isPending && roleMutation.variables.staffId === member.id ? roleMutation.variables.role : null;
              return (
                <Table.Tr key={member.id}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {member.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {canChangeRoles ? (
                      <NativeSelect
                        aria-label={`Role of ${member.name}`}
                        data={staffRoles.map((role) => ({ value: role, label: staffRoleLabels[role] }))}
                        value={pendingRole ?? member.role}
                        onChange={(event) => {
                          const role = toRole(event.currentTarget.value);
                          if (role) changeRole(member, role);
                        }}
                        size="sm"
                        w={150}
                      />
                    ) : (
                      <Badge variant="light" tt="none">
                        {staffRoleLabels[member.role]}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Muted>{member.mobilePhone}</Muted>
                  </Table.Td>
                  <Table.Td>
                    <Muted>{carrierName(member)}</Muted>
                  </Table.Td>
                  <Table.Td>
                    {member.textAddress ? (
                      <Text size="sm" ff="monospace">
                        {member.textAddress}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Cannot receive texts
                      </Text>
                    )}
                  </Table.Td>
                  {canEditProfiles ? (
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        onClick={() => {
                          setEditing(member);
                          setModalOpen(true);
                        }}
                      >
                        Edit
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      <Modal
        opened={modalOpen}
        onClose={() => { setModalOpen(false); }}
        title={<Text fw={700}>{editing ? `Mobile details of ${editing.name}` : 'Mobile details'}</Text>}
      >
        {editing ? <EditMobileModal key={editing.id} member={editing} onClose={() => { setModalOpen(false); }} /> : null}
      </Modal>
    </>
  );
}
