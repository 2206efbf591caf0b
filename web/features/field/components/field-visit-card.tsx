import { Card, Group, Stack, Text } from '@mantine/core';
import { IconChevronRight, IconClock } from '@tabler/icons-react';
import type { FieldVisit } from '../../../../shared/features/field/field.contract.ts';
import { PlaceTime } from '../../../components/place-time.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { ArrivalRange } from './arrival-range.tsx';
import { FieldStatusBadge } from './field-status-badge.tsx';

/** One of my visits in the list: when, where, for whom; the whole card opens the visit. */
export function FieldVisitCard({ visit, showDay = false }: { visit: FieldVisit; showDay?: boolean }) {
  return (
    <Card withBorder radius="lg" padding="md" shadow="xs" component="article">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <IconClock size={16} aria-hidden />
            <Text fw={700}>
              {showDay ? <PlaceTime at={visit.startsAt} zone={visit.timeZone} show="date" /> : null}
              {showDay ? ' · ' : null}
              <ArrivalRange from={visit.arrivalFrom} to={visit.arrivalTo} zone={visit.timeZone} />
            </Text>
          </Group>
          <AnchorLink
            to="/field/visits/$visitId"
            params={{ visitId: visit.id }}
            fw={700}
            fz="lg"
            style={{ overflowWrap: 'anywhere' }}
          >
            {visit.customerName}
          </AnchorLink>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {visit.name} · {visit.locationName}
          </Text>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {visit.address}
          </Text>
        </Stack>
        <Stack gap="xs" align="flex-end" style={{ flexShrink: 0 }}>
          <FieldStatusBadge status={visit.status} />
          <IconChevronRight size={20} aria-hidden />
        </Stack>
      </Group>
    </Card>
  );
}
