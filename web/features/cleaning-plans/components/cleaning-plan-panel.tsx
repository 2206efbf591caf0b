import { Button, Group, Modal, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconCopy, IconListCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CleaningArea, CleaningPlan, CleaningTask } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { useEditModal } from '../../../lib/use-edit-modal.ts';
import { useAddArea } from '../api/add-area.ts';
import { useAddTask } from '../api/add-task.ts';
import { useCleaningPlan } from '../api/get-cleaning-plan.ts';
import { useOrderAreas } from '../api/order-areas.ts';
import { useOrderTasks } from '../api/order-tasks.ts';
import { useRemoveArea } from '../api/remove-area.ts';
import { useRemoveTask } from '../api/remove-task.ts';
import { useUpdateArea } from '../api/update-area.ts';
import { useUpdateTask } from '../api/update-task.ts';
import { AreaCard, type AreaActions, type Move } from './area-card.tsx';
import { AreaForm } from './area-form.tsx';
import { CopyPlanModal } from './copy-plan-modal.tsx';
import { TaskForm } from './task-form.tsx';

/** The ids in their new order once `move` is made; the list as it is when it cannot be. */
function moved(ids: string[], move: Move): string[] {
  const from = ids.indexOf(move.id);
  const to = from + move.by;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

function AddAreaForm({ locationId, onClose }: { locationId: string; onClose: () => void }) {
  const { t } = useTranslation('cleaningPlans');
  const mutation = useAddArea(locationId);
  return <AreaForm mutation={mutation} onCancel={onClose} onSaved={(area) => { onClose(); notifySaved(t('area.added', { name: area.name })); }} />;
}

function EditAreaForm({ locationId, area, onClose }: { locationId: string; area: CleaningArea; onClose: () => void }) {
  const { t } = useTranslation('cleaningPlans');
  const mutation = useUpdateArea(locationId, area.id);
  return <AreaForm area={area} mutation={mutation} onCancel={onClose} onSaved={(saved) => { onClose(); notifySaved(t('area.saved', { name: saved.name })); }} />;
}

function AddTaskForm({ locationId, area, onClose }: { locationId: string; area: CleaningArea; onClose: () => void }) {
  const { t } = useTranslation('cleaningPlans');
  const mutation = useAddTask(locationId, area.id);
  return <TaskForm mutation={mutation} onCancel={onClose} onSaved={() => { onClose(); notifySaved(t('task.added', { area: area.name })); }} />;
}

function EditTaskForm({ locationId, task, onClose }: { locationId: string; task: CleaningTask; onClose: () => void }) {
  const { t } = useTranslation('cleaningPlans');
  const mutation = useUpdateTask(locationId, task.id);
  return <TaskForm task={task} mutation={mutation} onCancel={onClose} onSaved={() => { onClose(); notifySaved(t('task.saved')); }} />;
}

type TaskEditing = { area: CleaningArea; task: CleaningTask | null };

/** Moving areas and tasks: the whole new order goes to the server, which refuses it if the plan changed meanwhile. */
function useMoves(locationId: string, plan: CleaningPlan | undefined) {
  const orderAreas = useOrderAreas(locationId);
  const orderTasks = useOrderTasks(locationId);
  return {
    busy: orderAreas.isPending || orderTasks.isPending,
    moveArea: (move: Move) => {
      if (!plan) return;
      orderAreas.mutate(moved(plan.areas.map((area) => area.id), move), { onError: (error) => { notifyError(error); } });
    },
    moveTask: (area: CleaningArea, move: Move) => {
      orderTasks.mutate({ areaId: area.id, taskIds: moved(area.tasks.map((task) => task.id), move) }, { onError: (error) => { notifyError(error); } });
    },
  };
}

/** A location's cleaning plan in the office: its areas, each with its tasks and how often they are done. */
export function CleaningPlanPanel({ locationId, canManage }: { locationId: string; canManage: boolean }) {
  const { t } = useTranslation(['cleaningPlans', 'common']);
  const query = useCleaningPlan(locationId);
  const areaModal = useEditModal<CleaningArea>();
  const [taskEditing, setTaskEditing] = useState<TaskEditing | null>(null);
  const [taskModalOpen, setTaskModalOpen] = useState(false);
  const [removing, setRemoving] = useState<CleaningArea | null>(null);
  const [copyOpen, setCopyOpen] = useState(false);
  const removeArea = useRemoveArea(locationId);
  const removeTask = useRemoveTask(locationId);
  const moves = useMoves(locationId, query.data);

  function confirmRemoveArea(area: CleaningArea) {
    removeArea.mutate(area.id, {
      onSuccess: () => {
        setRemoving(null);
        notifySaved(t('area.removed', { name: area.name }));
      },
    });
  }

  const actions: AreaActions | null = canManage
    ? {
        moveArea: moves.moveArea,
        moveTask: moves.moveTask,
        editArea: (area) => { areaModal.open(area); },
        // Only an area with tasks costs anything to lose, so only then is there a question first.
        removeArea: (area) => {
          removeArea.reset();
          if (area.tasks.length > 0) setRemoving(area);
          else confirmRemoveArea(area);
        },
        addTask: (area) => {
          setTaskEditing({ area, task: null });
          setTaskModalOpen(true);
        },
        editTask: (area, task) => {
          setTaskEditing({ area, task });
          setTaskModalOpen(true);
        },
        removeTask: (task) => {
          removeTask.mutate(task.id, { onSuccess: () => { notifySaved(t('task.removed')); }, onError: (error) => { notifyError(error); } });
        },
      }
    : null;

  const addButton = canManage ? (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => { areaModal.open(null); }}>
      {t('area.add')}
    </Button>
  ) : null;
  const copyButton = canManage ? (
    <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => { setCopyOpen(true); }}>
      {t('copy.button')}
    </Button>
  ) : null;

  function renderPlan(plan: CleaningPlan) {
    if (plan.areas.length === 0) {
      return (
        <Paper withBorder radius="lg">
          <EmptyState
            icon={<IconListCheck size={28} />}
            title={t('empty.title')}
            description={canManage ? t('empty.description') : `${t('empty.description')} ${t('empty.readOnly')}`}
            action={
              canManage ? (
                <Group justify="center" gap="sm">
                  {addButton}
                  {copyButton}
                </Group>
              ) : null
            }
          />
        </Paper>
      );
    }
    const taskCount = plan.areas.reduce((sum, area) => sum + area.tasks.length, 0);
    return (
      <Stack gap="md">
        <Group justify="space-between" align="center" gap="sm">
          <Text size="sm" c="dimmed">
            {t('summary', { areas: t('areas', { count: plan.areas.length }), tasks: t('tasks', { count: taskCount }) })}
          </Text>
          {canManage ? (
            <Group gap="sm">
              {copyButton}
              {addButton}
            </Group>
          ) : null}
        </Group>
        {plan.areas.map((area, index) => (
          <AreaCard key={area.id} area={area} first={index === 0} last={index === plan.areas.length - 1} actions={actions} busy={moves.busy} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="md" pt="md">
      <Text size="sm" c="dimmed">
        {t('intro')}
      </Text>
      {query.isError && !query.data ? <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} /> : null}
      {!query.data && !query.isError ? <Skeleton height={200} radius="lg" /> : null}
      {query.data ? renderPlan(query.data) : null}
      <Modal
        opened={areaModal.opened}
        onClose={areaModal.close}
        title={<Text fw={700}>{areaModal.editing ? t('area.edit', { name: areaModal.editing.name }) : t('area.add')}</Text>}
      >
        {areaModal.editing ? (
          <EditAreaForm key={areaModal.editing.id} locationId={locationId} area={areaModal.editing} onClose={areaModal.close} />
        ) : (
          <AddAreaForm locationId={locationId} onClose={areaModal.close} />
        )}
      </Modal>
      <Modal
        opened={taskModalOpen}
        onClose={() => { setTaskModalOpen(false); }}
        title={<Text fw={700}>{taskEditing?.task ? t('task.edit') : t('task.addTo', { area: taskEditing?.area.name ?? '' })}</Text>}
      >
        {taskEditing?.task ? (
          <EditTaskForm key={taskEditing.task.id} locationId={locationId} task={taskEditing.task} onClose={() => { setTaskModalOpen(false); }} />
        ) : taskEditing ? (
          <AddTaskForm key={taskEditing.area.id} locationId={locationId} area={taskEditing.area} onClose={() => { setTaskModalOpen(false); }} />
        ) : null}
      </Modal>
      <ConfirmModal
        opened={removing !== null}
        onClose={() => { setRemoving(null); }}
        title={t('area.removeTitle', { name: removing?.name ?? '' })}
        confirmLabel={t('area.remove')}
        danger
        loading={removeArea.isPending}
        error={removeArea.error}
        onConfirm={() => { if (removing) confirmRemoveArea(removing); }}
      >
        {t('area.removeText', { name: removing?.name ?? '', count: removing?.tasks.length ?? 0 })}
      </ConfirmModal>
      {query.data ? <CopyPlanModal opened={copyOpen} onClose={() => { setCopyOpen(false); }} locationId={locationId} plan={query.data} /> : null}
    </Stack>
  );
}
