import { Anchor, Card, Divider, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconExternalLink } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldVisit } from '../../../../shared/features/field/field.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { mapSearchUrl } from '../../../lib/map-link.ts';
import { useWaitingWrites } from '../../../lib/use-queued-write.ts';
import { clockInPath } from '../api/clock-in.ts';
import { useMyVisit } from '../api/get-my-visit.ts';
import { ArrivalRange } from './arrival-range.tsx';
import { ClockPanel } from './clock-panel.tsx';
import { FieldStatusBadge } from './field-status-badge.tsx';
import { OnMyWay } from './on-my-way.tsx';
import { VisitWork } from './visit-work.tsx';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700} mb={2}>
        {title}
      </Text>
      {children}
    </div>
  );
}

function VisitDetails({ visit, meId, keys }: { visit: FieldVisit; meId: string; keys: ReactNode }) {
  const { t } = useTranslation('field');
  // A clock-in still on the phone means I have arrived: On my way is no longer mine to send.
  const arrived = useWaitingWrites(meId, clockInPath(visit.id)).length > 0;
  // On site the checklist comes first; on the way there, where and how to get in.
  const working = arrived || Boolean(visit.myTimesheet && !visit.myTimesheet.clockedOutAt);
  const work = <VisitWork visitId={visit.id} timeZone={visit.timeZone} ownerId={meId} />;
  return (
    <Stack gap="md">
      <div>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={1} fz={26} style={{ overflowWrap: 'anywhere' }}>
            {visit.customerName}
          </Title>
          <FieldStatusBadge status={visit.status} />
        </Group>
        <Text c="dimmed">
          {visit.name} · {visit.locationName}
        </Text>
        <Text fw={600}>
          <PlaceTime at={visit.startsAt} zone={visit.timeZone} show="date" />
        </Text>
      </div>
      <Card withBorder radius="lg" padding="md">
        <Stack gap="md">
          <ClockPanel visit={visit} meId={meId} />
          {arrived ? null : <OnMyWay visit={visit} />}
        </Stack>
      </Card>
      {working ? work : null}
      <Section title={t('visit.arrival')}>
        <Text fw={600}>
          <ArrivalRange from={visit.arrivalFrom} to={visit.arrivalTo} zone={visit.timeZone} />
        </Text>
      </Section>
      <Section title={t('visit.address')}>
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{visit.address}</Text>
        <Anchor href={mapSearchUrl(visit.address)} target="_blank" rel="noopener noreferrer" fw={600}>
          <Group gap={4} component="span" wrap="nowrap">
            {t('visit.openMap')}
            <IconExternalLink size={16} aria-hidden />
          </Group>
        </Anchor>
      </Section>
      {visit.accessNotes ? (
        <Section title={t('visit.accessNotes')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{visit.accessNotes}</Text>
        </Section>
      ) : null}
      {keys}
      {visit.notes ? (
        <Section title={t('visit.notes')}>
          <Text style={{ whiteSpace: 'pre-line' }}>{visit.notes}</Text>
        </Section>
      ) : null}
      <Divider />
      <Section title={t('visit.team')}>
        <Stack gap={2}>
          {visit.team.map((member) => (
            <Text key={member.id}>
              {member.name}
              {member.id === meId ? ` (${t('visit.you')})` : null}
              {member.onSite ? (
                <Text component="span" fw={700}>
                  {` · ${t('visit.onSite')}`}
                </Text>
              ) : null}
            </Text>
          ))}
        </Stack>
      </Section>
      {working ? null : work}
    </Stack>
  );
}

/**
 * One of my visits: clock in and out, On my way, where it is and how to get in. `keys` is shown
 * with the access notes: the page passes in the location's keys from the key rings feature.
 */
export function VisitView({ visitId, meId, keys }: { visitId: string; meId: string; keys?: ReactNode }) {
  const { t } = useTranslation('field');
  const query = useMyVisit(visitId);
  return (
    <Stack gap="md">
      <AnchorLink to="/field" fw={600}>
        <Group gap={4} component="span" wrap="nowrap">
          <IconArrowLeft size={16} aria-hidden />
          {t('visit.back')}
        </Group>
      </AnchorLink>
      {query.isError && !query.data ? (
        <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('visit.loadFailed')} />
      ) : query.data ? (
        <VisitDetails visit={query.data} meId={meId} keys={keys} />
      ) : (
        <Skeleton height={320} radius="lg" />
      )}
    </Stack>
  );
}
