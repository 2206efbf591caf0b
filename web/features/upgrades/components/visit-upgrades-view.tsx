import { Alert, Badge, Button, Card, Checkbox, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconCircleCheck, IconClockX, IconMapPin, IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalVisitUpgrades, VisitUpgrade } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { NotFoundView } from '../../../components/not-found-view.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatTime } from '../../../lib/format.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useAddVisitUpgrades } from '../api/add-visit-upgrades.ts';
import { useVisitUpgrades } from '../api/get-visit-upgrades.ts';
import { VisitPrice } from './visit-price.tsx';

const statusColor = { pending: 'yellow', accepted: 'teal', declined: 'gray' } as const;

/** "Monday, 9 March": the visit's day at its location. */
function visitDay(iso: string, zone: string): string {
  return dateTimeFormat(formatLocale(), { weekday: 'long', day: 'numeric', month: 'long', timeZone: zone }).format(new Date(iso));
}

function VisitSummary({ visit }: { visit: PortalVisitUpgrades['visit'] }) {
  const { t } = useTranslation('portalUpgrades');
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Text size="sm" c="dimmed" fw={600} tt="uppercase" mb={4}>
        {t('visit.heading')}
      </Text>
      <Title order={2} fz="xl" style={{ overflowWrap: 'anywhere' }}>
        {visit.name}
      </Title>
      <Stack gap={4} mt="xs">
        <Group gap={6} wrap="nowrap">
          <IconCalendarEvent size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Text>{t('visit.when', { date: visitDay(visit.startsAt, visit.timeZone), time: formatTime(visit.startsAt, visit.timeZone) })}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconMapPin size={18} aria-hidden style={{ flexShrink: 0 }} />
          <Text style={{ overflowWrap: 'anywhere' }}>{visit.locationName}</Text>
        </Group>
      </Stack>
    </Card>
  );
}

function AddedUpgrades({ added, currency }: { added: VisitUpgrade[]; currency: string }) {
  const { t } = useTranslation('portalUpgrades');
  if (added.length === 0) return null;
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb="sm">
        {t('added.title')}
      </Title>
      <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {added.map((upgrade) => (
          <Group key={upgrade.id} component="li" justify="space-between" gap="sm" wrap="nowrap">
            <Text size="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
              {upgrade.name} · {formatMoney(upgrade.price, currency)}
            </Text>
            <Badge color={statusColor[upgrade.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
              {t(`added.status.${upgrade.status}`)}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

/** The active upgrades not yet on the visit, to tick and add together. */
function UpgradePicker({ slug, page, companyName }: { slug: string; page: PortalVisitUpgrades; companyName: string }) {
  const { t } = useTranslation('portalUpgrades');
  const mutation = useAddVisitUpgrades(slug, page.visit.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const [requested, setRequested] = useState<string[] | null>(null);
  const fieldError = isApiError(mutation.error) ? mutation.error.fields.upgradeIds : undefined;

  const done = requested ? (
    <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('requested.title')} withCloseButton onClose={() => { setRequested(null); }}>
      {t('requested.text', { company: companyName, names: requested.join(', ') })}
    </Alert>
  ) : null;

  if (page.offered.length === 0) {
    return (
      <Stack gap="md">
        {done}
        <Text c="dimmed">{page.added.length > 0 ? t('offered.allAdded', { company: companyName }) : t('offered.none', { company: companyName })}</Text>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen.length === 0) return;
        const names = page.offered.filter((u) => chosen.includes(u.id)).map((u) => u.name);
        mutation.mutate(
          { upgradeIds: chosen },
          {
            onSuccess: () => {
              setRequested(names);
              setChosen([]);
            },
          },
        );
      }}
    >
      <Stack gap="md">
        {done}
        <FormErrorAlert error={mutation.error} />
        <Checkbox.Group value={chosen} onChange={setChosen} label={t('offered.legend')} error={fieldError}>
          <Stack gap="sm" mt="xs">
            {page.offered.map((upgrade) => (
              <Checkbox.Card key={upgrade.id} value={upgrade.id} radius="md" p="md" withBorder>
                <Group wrap="nowrap" align="flex-start" gap="md">
                  <Checkbox.Indicator mt={2} />
                  <div style={{ flex: 1, minWidth: 0 }}>
                    <Group justify="space-between" gap="sm" wrap="nowrap" align="baseline">
                      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {upgrade.name}
                      </Text>
                      <Text fw={600} style={{ flexShrink: 0 }}>
                        {formatMoney(upgrade.price, page.currency)}
                      </Text>
                    </Group>
                    {upgrade.description ? (
                      <Text size="sm" c="dimmed">
                        {upgrade.description}
                      </Text>
                    ) : null}
                    {upgrade.extraMinutes > 0 ? (
                      <Text size="xs" c="dimmed" mt={2}>
                        {t('offered.extraTime', { minutes: upgrade.extraMinutes })}
                      </Text>
                    ) : null}
                  </div>
                </Group>
              </Checkbox.Card>
            ))}
          </Stack>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" size="md" leftSection={<IconSparkles size={18} aria-hidden />} loading={mutation.isPending} disabled={chosen.length === 0}>
            {t('confirm')}
          </Button>
          {chosen.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('chooseFirst')}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}

/**
 * A visit's upgrade page: the visit on its location's clock, what can be added while it is more than
 * 24 hours away (after that, only the reason why not), what was added and what the visit costs.
 */
export function VisitUpgradesView({ slug, visitId, companyName, readOnly }: { slug: string; visitId: string; companyName: string; readOnly: boolean }) {
  const { t } = useTranslation('portalUpgrades');
  const query = useVisitUpgrades(slug, visitId);
  if (isApiError(query.error, 404)) return <NotFoundView title={t('notFound.title')} message={t('notFound.message')} />;
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <Skeleton height={320} radius="lg" />;
  const page = query.data;
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          <VisitSummary visit={page.visit} />
          <Card withBorder padding="lg" shadow="xs">
            <Title order={2} fz="lg" mb="sm">
              {t('offered.title')}
            </Title>
            {page.canUpgrade ? (
              <ReadOnlyFieldset readOnly={readOnly}>
                <UpgradePicker slug={slug} page={page} companyName={companyName} />
              </ReadOnlyFieldset>
            ) : (
              <Alert color="yellow" variant="light" icon={<IconClockX size={20} />} title={t('windowPassed.title')}>
                {t('windowPassed.message')}
              </Alert>
            )}
          </Card>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="lg">
          <AddedUpgrades added={page.added} currency={page.currency} />
          <VisitPrice price={page.price} />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
