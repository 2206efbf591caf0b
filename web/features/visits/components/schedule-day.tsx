import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schedule, ScheduleVisit } from '../../../../shared/features/visits/schedule.contract.ts';
import { VisitBlock } from './visit-block.tsx';

interface ScheduleDayProps {
  schedule: Schedule;
  onOpen: (visit: ScheduleVisit) => void;
}

/** One day: a card per team member with their visits in time order; a free person says so. */
export function ScheduleDay({ schedule, onOpen }: ScheduleDayProps) {
  const { t } = useTranslation('schedule');
  const byId = new Map(schedule.visits.map((visit) => [visit.id, visit]));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {schedule.groups.map((group) => {
        const visits = group.visitIds.map((id) => byId.get(id)).filter((visit): visit is ScheduleVisit => visit !== undefined);
        return (
          <Card key={group.member?.id ?? 'unassigned'} withBorder padding="md" shadow="xs" component="section" aria-label={group.member?.name ?? t('unassigned')}>
            <Title order={2} fz="md" mb="xs" c={group.member ? undefined : 'dimmed'}>
              {group.member?.name ?? t('unassigned')}
            </Title>
            {visits.length > 0 ? (
              <Stack gap={6}>
                {visits.map((visit) => (
                  <VisitBlock key={visit.id} visit={visit} onOpen={onOpen} />
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('day.free')}
              </Text>
            )}
          </Card>
        );
      })}
    </SimpleGrid>
  );
}
