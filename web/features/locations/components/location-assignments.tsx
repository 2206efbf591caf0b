import { Alert, Box, Group, NativeSelect, Paper, Stack, Switch, Table, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconInfoCircle, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  notificationStyles,
  type Assignment,
  type NotificationStyle,
} from '../../../../shared/features/locations/locations.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useAssignments } from '../api/get-assignments.ts';
import { useUpdateAssignment, type AssignmentInput } from '../api/update-assignment.ts';
import { useSerialSave } from '../../../lib/use-serial-save.ts';

function isNotificationStyle(value: string): value is NotificationStyle {
  return (notificationStyles as readonly string[]).includes(value);
}

interface RowProps {
  assignment: Assignment;
  canManage: boolean;
  send: (body: AssignmentInput) => Promise<unknown>;
}

/** The three controls of one person's assignment, saved one change at a time, for a table row or a card. */
function useAssignmentControls({ assignment: saved, canManage, send }: RowProps) {
  const { t } = useTranslation(['locations', 'app']);
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

  const person = (
    <>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <Text size="xs" c="dimmed">
        {assignment.email}
      </Text>
    </>
  );
  const role = <Text size="sm">{t(`app:roles.${assignment.role}`)}</Text>;
  const assigned = (
    <Switch
      aria-label={t('assignments.assignedOf', { name })}
      checked={assignment.assigned}
      disabled={!canManage}
      onChange={(event) => { onChange({ assigned: event.currentTarget.checked, trained: assignment.trained, notificationStyle: style }); }}
    />
  );
  const trained = (
    <Switch
      aria-label={t('assignments.trainedOf', { name })}
      checked={assignment.trained}
      disabled={!canManage}
      onChange={(event) => { onChange({ assigned: assignment.assigned, trained: event.currentTarget.checked, notificationStyle: style }); }}
    />
  );
  const notifications = both ? (
    <Stack gap={4}>
      <NativeSelect
        aria-label={t('assignments.styleOf', { name })}
        data={notificationStyles.map((value) => ({
          value,
          label: t(`assignments.styles.${value}`),
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
          {t('assignments.textsNeedMobile')}
        </Text>
      ) : null}
    </Stack>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );
  return { person, role, assigned, trained, notifications };
}

function AssignmentRow(props: RowProps) {
  const controls = useAssignmentControls(props);
  return (
    <Table.Tr>
      <Table.Td>{controls.person}</Table.Td>
      <Table.Td>{controls.role}</Table.Td>
      <Table.Td>{controls.assigned}</Table.Td>
      <Table.Td>{controls.trained}</Table.Td>
      <Table.Td miw={200}>{controls.notifications}</Table.Td>
    </Table.Tr>
  );
}

/** On a phone each person is a card, so no switch sits off the right edge. */
function AssignmentCard(props: RowProps) {
  const { t } = useTranslation(['locations', 'common']);
  const controls = useAssignmentControls(props);
  return (
    <Box component="li" p="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="sm">
        <div style={{ minWidth: 0 }}>{controls.person}</div>
        {controls.role}
      </Group>
      <Group gap="xl" mb="sm">
        <Group gap="xs">
          {controls.assigned}
          <Text size="sm" aria-hidden>
            {t('assignments.assigned')}
          </Text>
        </Group>
        <Group gap="xs">
          {controls.trained}
          <Text size="sm" aria-hidden>
            {t('assignments.trained')}
          </Text>
        </Group>
      </Group>
      <Text size="xs" c="dimmed" mb={4} aria-hidden>
        {t('assignments.notifications')}
      </Text>
      {controls.notifications}
    </Box>
  );
}

interface LocationAssignmentsProps {
  locationId: string;
  canManage: boolean;
}

export function LocationAssignments({ locationId, canManage }: LocationAssignmentsProps) {
  const { t } = useTranslation(['locations', 'common']);
  const query = useAssignments(locationId);
  const mutation = useUpdateAssignment(locationId);
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={4} />;
    if (query.data.items.length === 0) {
      return <EmptyState icon={<IconUsers size={28} />} title={t('assignments.emptyTitle')} description={t('assignments.emptyDescription')} />;
    }
    if (!wide) {
      return (
        <Box component="ul" aria-label={t('assignments.listLabel')} m={0} p={0} style={{ listStyle: 'none' }} data-list-cards>
          {query.data.items.map((assignment) => (
            <AssignmentCard
              key={assignment.staffId}
              assignment={assignment}
              canManage={canManage}
              send={(body) => mutation.mutateAsync({ staffId: assignment.staffId, body })}
            />
          ))}
        </Box>
      );
    }
    return (
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm" style={{ whiteSpace: 'nowrap' }}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('common:fields.name')}</Table.Th>
              <Table.Th>{t('common:fields.role')}</Table.Th>
              <Table.Th>{t('assignments.assigned')}</Table.Th>
              <Table.Th>{t('assignments.trained')}</Table.Th>
              <Table.Th>{t('assignments.notifications')}</Table.Th>
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
        {t('assignments.intro')}
      </Alert>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }}>
        {renderBody()}
      </Paper>
    </Stack>
  );
}
