import { Group, Paper, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ScheduleVisit } from '../../../../shared/features/visits/schedule.contract.ts';
import { formatTime } from '../../../lib/format.ts';
import { useOnSiteNames } from './on-site-context.ts';
import { DoubleBookedBadge, VisitStatusBadge } from './visit-status-badge.tsx';

interface VisitBlockProps {
  visit: ScheduleVisit;
  onOpen: (visit: ScheduleVisit) => void;
  /** Names the team on the block: where rows are not by person (the phone's day list). */
  showTeam?: boolean;
}

/** A visit on the schedule: its times on its location's clock, who and where; a click opens it. */
export function VisitBlock({ visit, onOpen, showTeam = false }: VisitBlockProps) {
  const { t } = useTranslation('schedule');
  const onSite = useOnSiteNames(visit.id);
  const muted = visit.status === 'skipped' || visit.status === 'cancelled';
  const edge = visit.conflicts ? 'var(--mantine-color-orange-6)' : muted ? 'var(--mantine-color-gray-5)' : 'var(--mantine-color-porter-6)';
  return (
    <UnstyledButton onClick={() => { onOpen(visit); }} w="100%" data-visit-id={visit.id} style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <Paper
        withBorder
        radius="md"
        p={6}
        bg={visit.conflicts ? 'var(--mantine-color-orange-light)' : undefined}
        style={{ borderLeft: `4px solid ${edge}`, opacity: muted ? 0.8 : 1 }}
      >
        <Stack gap={2}>
          <Text size="xs" fw={700} td={muted ? 'line-through' : undefined}>
            {t('block.times', { start: formatTime(visit.startsAt, visit.timeZone), end: formatTime(visit.endsAt, visit.timeZone) })}
          </Text>
          <Text size="xs" fw={600} lineClamp={2}>
            {visit.customerName}
          </Text>
          <Text size="xs" c="dimmed" lineClamp={2}>
            {t('block.where', { location: visit.locationName, service: visit.name })}
          </Text>
          {showTeam ? (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {visit.team.length > 0 ? visit.team.map((member) => member.name).join(', ') : t('unassigned')}
            </Text>
          ) : null}
          {onSite.length > 0 ? (
            <Text size="xs" fw={700}>
              {t('block.onSite', { names: onSite.join(', ') })}
            </Text>
          ) : null}
          {visit.conflicts || visit.status !== 'scheduled' ? (
            <Group gap={4}>
              {visit.status !== 'scheduled' ? <VisitStatusBadge status={visit.status} size="xs" /> : null}
              {visit.conflicts ? <DoubleBookedBadge names={visit.doubleBooked.map((member) => member.name)} size="xs" /> : null}
            </Group>
          ) : null}
          {visit.conflicts ? <VisuallyHidden>{t('conflict.who', { names: visit.doubleBooked.map((member) => member.name).join(', ') })}</VisuallyHidden> : null}
        </Stack>
      </Paper>
    </UnstyledButton>
  );
}
