import { ActionIcon, Button, Group, Menu, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CleaningArea, CleaningTask } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { FrequencyBadge } from './frequency-badge.tsx';

/** Moving one item of a list up or down by one place. */
export type Move = { id: string; by: -1 | 1 };

export interface AreaActions {
  moveArea: (move: Move) => void;
  editArea: (area: CleaningArea) => void;
  removeArea: (area: CleaningArea) => void;
  addTask: (area: CleaningArea) => void;
  moveTask: (area: CleaningArea, move: Move) => void;
  editTask: (area: CleaningArea, task: CleaningTask) => void;
  removeTask: (task: CleaningTask) => void;
}

interface AreaCardProps {
  area: CleaningArea;
  first: boolean;
  last: boolean;
  /** Null when the reader may only look. */
  actions: AreaActions | null;
  busy: boolean;
}

function TaskMenu({ area, task, index, actions, busy }: { area: CleaningArea; task: CleaningTask; index: number; actions: AreaActions; busy: boolean }) {
  const { t } = useTranslation(['cleaningPlans', 'common']);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('task.actions', { text: task.text })}>
          <IconDots size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconArrowUp size={16} aria-hidden />} disabled={index === 0 || busy} onClick={() => { actions.moveTask(area, { id: task.id, by: -1 }); }}>
          {t('task.moveUp')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowDown size={16} aria-hidden />}
          disabled={index === area.tasks.length - 1 || busy}
          onClick={() => { actions.moveTask(area, { id: task.id, by: 1 }); }}
        >
          {t('task.moveDown')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => { actions.editTask(area, task); }}>
          {t('task.edit')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => { actions.removeTask(task); }}>
          {t('task.remove')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** One room or zone of the plan with its tasks, in the order the team works through them. */
export function AreaCard({ area, first, last, actions, busy }: AreaCardProps) {
  const { t } = useTranslation(['cleaningPlans', 'common']);
  return (
    <Paper component="section" withBorder radius="lg" p={{ base: 'sm', sm: 'md' }} shadow="xs" aria-label={area.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <div style={{ minWidth: 0 }}>
          <Title order={3} fz="lg" style={{ overflowWrap: 'anywhere' }}>
            {area.name}
          </Title>
          {area.notes ? (
            <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
              {area.notes}
            </Text>
          ) : null}
        </div>
        {actions ? (
          <Group gap={2} wrap="nowrap">
            <ActionIcon variant="subtle" color="gray" disabled={first || busy} aria-label={t('area.moveUp', { name: area.name })} onClick={() => { actions.moveArea({ id: area.id, by: -1 }); }}>
              <IconArrowUp size={18} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="gray" disabled={last || busy} aria-label={t('area.moveDown', { name: area.name })} onClick={() => { actions.moveArea({ id: area.id, by: 1 }); }}>
              <IconArrowDown size={18} aria-hidden />
            </ActionIcon>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <ActionIcon variant="subtle" color="gray" aria-label={t('area.actions', { name: area.name })}>
                  <IconDots size={18} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item leftSection={<IconPencil size={16} aria-hidden />} onClick={() => { actions.editArea(area); }}>
                  {t('area.rename')}
                </Menu.Item>
                <Menu.Item color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => { actions.removeArea(area); }}>
                  {t('area.remove')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        ) : null}
      </Group>
      {area.tasks.length === 0 ? (
        <Text size="sm" c="dimmed" mt="sm">
          {t('area.noTasks')}
        </Text>
      ) : (
        <Stack component="ul" gap={0} mt="sm" p={0} style={{ listStyle: 'none' }}>
          {area.tasks.map((task, index) => (
            <Group
              component="li"
              key={task.id}
              justify="space-between"
              wrap="nowrap"
              gap="sm"
              py={8}
              style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}
            >
              <Text size="sm" style={{ flex: 1, minWidth: 0, overflowWrap: 'anywhere' }}>
                {task.text}
              </Text>
              <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
                <FrequencyBadge frequency={task.frequency} label={t(`frequency.${task.frequency}`)} />
                {actions ? <TaskMenu area={area} task={task} index={index} actions={actions} busy={busy} /> : null}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {actions ? (
        <Button variant="subtle" size="compact-sm" mt="xs" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { actions.addTask(area); }} aria-label={t('task.addTo', { area: area.name })}>
          {t('task.add')}
        </Button>
      ) : null}
    </Paper>
  );
}
