import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { Schedule, ScheduleGroup, ScheduleVisit } from '../../../../shared/features/visits/schedule.contract.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { formatDay } from './schedule-dates.ts';
import { VisitBlock } from './visit-block.tsx';

interface ScheduleWeekProps {
  schedule: Schedule;
  onOpen: (visit: ScheduleVisit) => void;
}

function visitsOf(schedule: Schedule, group: ScheduleGroup, day: string): ScheduleVisit[] {
  const ids = new Set(group.visitIds);
  return schedule.visits.filter((visit) => ids.has(visit.id) && visit.localDate === day);
}

function MemberName({ group }: { group: ScheduleGroup }) {
  const { t } = useTranslation('schedule');
  return (
    <Text size="sm" fw={700} c={group.member ? undefined : 'dimmed'}>
      {group.member?.name ?? t('unassigned')}
    </Text>
  );
}

/** Wide screens: a row per team member, a column per day. */
function WeekGrid({ schedule, onOpen }: ScheduleWeekProps) {
  const { t } = useTranslation('schedule');
  const locale = formatLocale();
  return (
    <Table.ScrollContainer minWidth={1080}>
      <Table withColumnBorders verticalSpacing="xs" horizontalSpacing="xs" layout="fixed" aria-label={t('week.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('week.member')}</Table.Th>
            {schedule.days.map((day) => (
              <Table.Th key={day}>{formatDay(day, locale)}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {schedule.groups.map((group) => (
            <Table.Tr key={group.member?.id ?? 'unassigned'}>
              <Table.Th scope="row" style={{ verticalAlign: 'top' }}>
                <MemberName group={group} />
              </Table.Th>
              {schedule.days.map((day) => (
                <Table.Td key={day} style={{ verticalAlign: 'top' }}>
                  <Stack gap={6}>
                    {visitsOf(schedule, group, day).map((visit) => (
                      <VisitBlock key={visit.id} visit={visit} onOpen={onOpen} />
                    ))}
                  </Stack>
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Phones: a grid of seven columns cannot be read at 375 px, so each day is a short list of its visits. */
function WeekDays({ schedule, onOpen }: ScheduleWeekProps) {
  const { t } = useTranslation('schedule');
  const locale = formatLocale();
  return (
    <Stack gap="md">
      {schedule.days.map((day) => {
        const visits = schedule.visits.filter((visit) => visit.localDate === day);
        return (
          <Box key={day} component="section" aria-label={formatDay(day, locale, 'long')}>
            <Title order={2} fz="md" mb={6}>
              {formatDay(day, locale, 'long')}
            </Title>
            {visits.length > 0 ? (
              <Stack gap={6}>
                {visits.map((visit) => (
                  <VisitBlock key={visit.id} visit={visit} onOpen={onOpen} showTeam />
                ))}
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                {t('week.noVisits')}
              </Text>
            )}
          </Box>
        );
      })}
    </Stack>
  );
}

export function ScheduleWeek(props: ScheduleWeekProps) {
  const wide = useMediaQuery('(min-width: 62em)', true, { getInitialValueInEffect: false });
  return wide ? (
    <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }}>
      <WeekGrid {...props} />
    </Paper>
  ) : (
    <WeekDays {...props} />
  );
}
