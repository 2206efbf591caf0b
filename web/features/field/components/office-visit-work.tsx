import { Group, List, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { formatTime } from '../../../lib/format.ts';
import { useOfficeVisitWork } from '../api/get-visit-work.ts';
import { NoteItem } from './visit-notes.tsx';
import { PhotoGrid } from './visit-photos.tsx';

/** In the office's visit drawer: the checklist as the team left it, every note (problems marked) and the photos. */
export function OfficeVisitWork({ visitId, timeZone }: { visitId: string; timeZone: string }) {
  const { t } = useTranslation('timesheets');
  const query = useOfficeVisitWork(visitId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('workLoadFailed')} />;
  if (!query.data) return <Skeleton height={120} radius="md" />;
  const { areas, notes, photos } = query.data;
  const tasks = areas.flatMap((area) => area.tasks);
  return (
    <Stack gap="sm">
      <Title order={3} fz="md">
        {t('workTitle')}
      </Title>
      {tasks.length === 0 && notes.length === 0 && photos.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('workNone')}
        </Text>
      ) : null}
      {tasks.length > 0 ? (
        <Text size="sm" fw={600}>
          {t('workDone', { done: tasks.filter((task) => task.done).length, total: tasks.length })}
        </Text>
      ) : null}
      {areas.map((area) => (
        <div key={area.name}>
          <Text size="sm" fw={700}>
            {area.name}
          </Text>
          <List size="sm" spacing={2} center>
            {area.tasks.map((task) => (
              <List.Item
                key={task.id}
                icon={task.done ? <IconCircleCheck size={16} color="var(--mantine-color-teal-7)" aria-label={t('taskDone')} /> : <IconCircleDashed size={16} aria-label={t('taskNotDone')} />}
              >
                <Group gap={6} wrap="wrap">
                  <span>{task.text}</span>
                  {task.done && task.doneAt ? (
                    <Text span size="xs" c="dimmed">
                      {`${task.doneBy ?? ''} ${formatTime(task.doneAt, timeZone)}`}
                    </Text>
                  ) : null}
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
      ))}
      {photos.length > 0 ? <PhotoGrid photos={photos} /> : null}
      {notes.map((note) => (
        <NoteItem key={note.id} note={note} timeZone={timeZone} />
      ))}
    </Stack>
  );
}
