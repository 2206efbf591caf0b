import { Button, Card, Divider, Group, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent, IconCircleCheck, IconClock, IconFileCheck, IconMapPin, IconPlus, IconRepeat, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalArrival, PortalNextVisit } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { listFormat } from '../../../../shared/i18n/intl.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../../components/router-links.tsx';
import { formatTime } from '../../../lib/format.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { usePortalNextVisit } from '../api/portal-next-visit.ts';
import { formatTimeRange, formatVisitDay } from '../portal-format.ts';
import { useFrequencyWords } from '../use-frequency-words.ts';
import { PriceBreakdown } from '../../../components/price-breakdown.tsx';

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <ThemeIcon variant="light" size={32} radius="md" aria-hidden>
        {icon}
      </ThemeIcon>
      <div style={{ minWidth: 0 }}>
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {label}
        </Text>
        <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
          {children}
        </Text>
      </div>
    </Group>
  );
}

function arrivalText(arrival: PortalArrival, zone: string): string {
  return arrival.kind === 'time' ? formatTime(arrival.at, zone) : formatTimeRange(arrival.from, arrival.to, zone);
}

/**
 * Where the visit is (MC's three phases): the estimated arrival until someone clocks in; the
 * estimated completion while the team works; the actual start and end once everyone clocked out.
 */
function VisitPhase({ slug, visit }: { slug: string; visit: PortalNextVisit }) {
  const { t } = useTranslation(['portalVisits', 'proofOfService']);
  const { progress } = visit;
  if (progress.phase === 'working') {
    return (
      <Fact icon={<IconClock size={18} />} label={t('nextVisit.underWay')}>
        {t('nextVisit.estimatedCompletion')}: {formatTime(progress.estimatedCompletionAt, visit.timeZone)}
        <Text component="span" display="block" fw={400} size="sm">
          {t('nextVisit.startedAt', { time: formatTime(progress.startedAt, visit.timeZone) })}
        </Text>
      </Fact>
    );
  }
  if (progress.phase === 'done') {
    return (
      <Stack gap="sm">
        <Fact icon={<IconCircleCheck size={18} />} label={t('nextVisit.actualTimes')}>
          {formatTimeRange(progress.startedAt, progress.finishedAt, visit.timeZone)}
        </Fact>
        <ButtonLink
          to="/portal/$slug/visits/$visitId/proof-of-service"
          params={{ slug, visitId: visit.id }}
          variant="light"
          leftSection={<IconFileCheck size={16} aria-hidden />}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('proofOfService:open')}
        </ButtonLink>
      </Stack>
    );
  }
  return (
    <Fact icon={<IconClock size={18} />} label={t('nextVisit.estimatedArrival')}>
      {arrivalText(visit.arrival, visit.timeZone)}
    </Fact>
  );
}

function VisitFacts({ slug, visit }: { slug: string; visit: PortalNextVisit }) {
  const { t } = useTranslation('portalVisits');
  const frequencyWords = useFrequencyWords();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
      <Stack gap="md">
        <div>
          <Text fz={{ base: 'lg', sm: 'xl' }} fw={800}>
            {formatVisitDay(visit.startsAt, visit.timeZone)}
          </Text>
          <Title order={3} fz="md" fw={600} c="dimmed">
            {visit.name}
          </Title>
        </div>
        <VisitPhase slug={slug} visit={visit} />
        <Fact icon={<IconRepeat size={18} />} label={t('nextVisit.frequency')}>
          {frequencyWords(visit.frequency)}
        </Fact>
        {visit.team && visit.team.length > 0 ? (
          <Fact icon={<IconUsers size={18} />} label={t('nextVisit.team')}>
            {listFormat(formatLocale(), { type: 'conjunction' }).format(visit.team)}
          </Fact>
        ) : null}
        {visit.address ? (
          <Fact icon={<IconMapPin size={18} />} label={t('nextVisit.address')}>
            {visit.address}
          </Fact>
        ) : null}
        {visit.canUpgrade ? (
          // The upgrade page belongs to the upgrades feature; the server decides when it may still be offered.
          <Button component="a" href={`/portal/${encodeURIComponent(slug)}/visits/${encodeURIComponent(visit.id)}/upgrades`} variant="light" leftSection={<IconPlus size={16} aria-hidden />} style={{ alignSelf: 'flex-start' }}>
            {t('nextVisit.addUpgrade')}
          </Button>
        ) : null}
      </Stack>
      <Stack gap="xs">
        <Divider hiddenFrom="sm" />
        <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
          {t('price.title')}
        </Text>
        <PriceBreakdown price={visit.price} />
      </Stack>
    </SimpleGrid>
  );
}

/** The next visit at the chosen location, at the top of the portal's home page (MC's "Next job"). */
export function PortalNextVisitCard({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('portalVisits');
  const query = usePortalNextVisit(slug, locationId);

  function body() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('nextVisit.loadFailed')} />;
    if (!query.data) return <Skeleton height={180} radius="md" />;
    if (!query.data.visit) return <Text c="dimmed">{t('nextVisit.none')}</Text>;
    return <VisitFacts slug={slug} visit={query.data.visit} />;
  }

  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm" component="section" aria-labelledby="next-visit-title">
      <Group justify="space-between" align="center" gap="sm" mb="md" wrap="wrap">
        <Group gap="sm" wrap="nowrap">
          <IconCalendarEvent size={22} aria-hidden />
          <Title order={2} fz="lg" id="next-visit-title">
            {t('nextVisit.title')}
          </Title>
        </Group>
        <AnchorLink to="/portal/$slug/services" params={{ slug }} fw={600}>
          {t('nextVisit.allServices')}
        </AnchorLink>
      </Group>
      {body()}
    </Card>
  );
}
