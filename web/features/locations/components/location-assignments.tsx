import { Alert, NativeSelect, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { IconInfoCircle, IconUsers } from '@tabler/icons-react';
import {
  notificationStyles,
  type Assignment,
  type NotificationStyle,
} from '../../../../shared/features/locations/locations.contract.ts';
import { staffRoleLabels } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useAssignments } from '../api/get-assignments.ts';
import { useUpdateAssignment, type AssignmentInput } from '../api/update-assignment.ts';
import { useSerialSave } from '../../../lib/use-serial-save.ts';

const styleLabels: Record<NotificationStyle, string> = { none: 'None', email: 'Email', text: 'Text' };

function isNotificationStyle(value: string): value is NotificationStyle {
  return (notificationStyles as readonly string[]).includes(value);
}

interface RowProps {
  assignment: Assignment;
  canManage: boolean;
  send: (body: AssignmentInput) => Promise<unknown>;
}

function AssignmentRow({ assignment: saved, canManage, send }: RowProps) {
  const { shown: assignment, save } = useSerialSave<Assignment>(saved, (value) =>
    send({ assigned: value.assigned, trained: value.trained, notificationStyle: value.notificationStyle ?? 'none' }),
  );
  const { name } = assignment;
  const both = assignment.assigned && assignment.trained;
  const style = assignment.notificationStyle ?? 'none';

  function onChange(body: AssignmentInput) {
    const bothNext = body.assigned && body.trained;
    save({ ...assignment, ...body, notificationStyle: bothNext ? (body.notificationStyle ?? 'none') : null });
  }

  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {name}
        </Text>
        <Text size="xs" c="dimmed">
          {assignment.email}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{staffRoleLabels[assignment.role]}</Text>
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`Assigned ${name}`}
          checked={assignment.assigned}
          disabled={!canManage}
          onChange={(event) => { onChange({ assigned: event.currentTarget.checked, trained: assignment.trained, notificationStyle: style }); }}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          aria-label={`Trained ${name}`}
          checked={assignment.trained}
          disabled={!canManage}
          onChange={(event) => { onChange({ assigned: assignment.assigned, trained: event.currentTarget.checked, notificationStyle: style }); }}
        />
      </Table.Td>
      <Table.Td miw={200}>
        {both ? (
          <Stack gap={4}>
            <NativeSelect
              aria-label={`Notification style for ${name}`}
              data={notificationStyles.map((value) => ({
                value,
                label: styleLabels[value],
                disabled: value === 'text' && !assignment.canReceiveTexts,
              }))}
              value={style}
              disabled={!canManage}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isNotificationStyle(value)) onChange({ assigned: true, trained: true, notificationStyle: value });
              }}
              size="sm"
              w={160}
            />
            {!assignment.canReceiveTexts ? (
              <Text size="xs" c="dimmed" maw={220} style={{ whiteSpace: 'normal' }}>
                Add a mobile number and carrier in the staff profile to send texts.
              </Text>
            ) : null}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

interface LocationAssignmentsProps {
  locationId: string;
  canManage: boolean;
}

export function LocationAssignments({ locationId, canManage }: LocationAssignmentsProps) {
  const query = useAssignments(locationId);
  const mutation = useUpdateAssignment(locationId);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconUsers size={28} />} title="No staff yet" description="Staff members of your company will be listed here." />;
    }
    return (
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Assigned</Table.Th>
              <Table.Th>Trained</Table.Th>
              <Table.Th>Notifications</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {query.data.items.map((assignment) => (
              <AssignmentRow
                key={assignment.staffId}
                assignment={assignment}
                canManage={canManage}
                send={(body) => mutation.mutateAsync({ staffId: assignment.staffId, body })}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    );
  }

  return (
    <Stack gap="md">
      <Alert variant="light" icon={<IconInfoCircle size={20} />}>
        Assigned staff work at this location; trained staff know its routines. Notifications about this location, such as new
        requests, go to staff who are both assigned and trained, by email or text as chosen here.
      </Alert>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }}>
        {renderBody()}
      </Paper>
    </Stack>
  );
}
