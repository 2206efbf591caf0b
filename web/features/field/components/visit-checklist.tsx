import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistArea, VisitWork } from '../../../../shared/features/field/checklist.contract.ts';
import { formatTime } from '../../../lib/format.ts';
import type { QueuedWrite } from '../../../lib/offline-queue.ts';
import { tickPath, useTickTask } from '../api/visit-work-writes.ts';

/** The last tap on each task still waiting on the phone: the screen shows it as if it had arrived. */
function waitingTicks(waiting: QueuedWrite[], visitId: string, areas: ChecklistArea[]): Map<string, boolean> {
  const ticks = new Map<string, boolean>();
  for (const task of areas.flatMap((area) => area.tasks)) {
    const last = waiting.filter((write) => write.path === tickPath(visitId, task.id)).at(-1);
    if (last) ticks.set(task.id, last.body.done === true);
  }
  return ticks;
}

/** Ticking through the visit's checklist, area by area; each tap is kept on the phone when there is no signal. */
export function VisitChecklist({ visitId, work, timeZone, ownerId, waiting }: { visitId: string; work: VisitWork; timeZone: string; ownerId: string; waiting: QueuedWrite[] }) {
  const { t } = useTranslation('field');
  const tick = useTickTask(visitId, ownerId);
  // Taps on their way: the box follows the finger at once, not the answer.
  const [tapped, setTapped] = useState<ReadonlyMap<string, boolean>>(new Map());
  const pending = waitingTicks(waiting, visitId, work.areas);

  function tap(taskId: string, text: string, done: boolean) {
    setTapped((current) => new Map(current).set(taskId, done));
    const settle = () => setTapped((current) => new Map([...current].filter(([id]) => id !== taskId)));
    tick.mutate({ taskId, done, label: t(done ? 'work.tickLabel' : 'work.untickLabel', { task: text }) }, { onSettled: settle });
  }

  if (work.areas.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('work.noChecklist')}
      </Text>
    );
  }
  return (
    <Stack gap="md">
      {work.areas.map((area) => (
        <Stack key={area.name} gap="xs">
          <Title order={3} fz="md">
            {area.name}
          </Title>
          {area.tasks.map((task) => {
            const waitingDone = pending.get(task.id);
            const done = tapped.get(task.id) ?? waitingDone ?? task.done;
            const detail =
              waitingDone !== undefined
                ? t('work.waiting')
                : task.done && task.doneAt
                  ? t('work.doneBy', { name: task.doneBy, time: formatTime(task.doneAt, timeZone) })
                  : undefined;
            return (
              <Checkbox
                key={task.id}
                size="md"
                label={task.text}
                description={detail}
                checked={done}
                disabled={!work.canChange}
                onChange={(event) => tap(task.id, task.text, event.currentTarget.checked)}
              />
            );
          })}
        </Stack>
      ))}
    </Stack>
  );
}
