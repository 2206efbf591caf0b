import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { formatDuration } from '../../../lib/format.ts';
import { usePortalWaitingServices } from '../api/portal-waiting-services.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useFrequencyWords } from '../use-frequency-words.ts';

/** Services on the account at this location that are not on the calendar yet (SA's right-hand column). */
export function PortalWaitingServices({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('portalVisits');
  const frequencyWords = useFrequencyWords();
  const query = usePortalWaitingServices(slug, locationId);

  function body() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('services.waitingLoadFailed')} />;
    if (!query.data) return <Skeleton height={80} radius="lg" />;
    if (query.data.items.length === 0) {
      return (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            {t('services.noWaiting')}
          </Text>
        </Paper>
      );
    }
    return (
      <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {query.data.items.map((service) => (
          <Paper key={service.id} component="li" withBorder radius="lg" p="md">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                {service.name}
              </Text>
              <Text fw={600}>{formatMoney(service.total, service.currency)}</Text>
            </Group>
            <Text size="sm" c="dimmed">
              {frequencyWords(service.frequency)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('services.duration', { duration: formatDuration(service.durationMinutes * 60_000) })}
            </Text>
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="waiting-services">
      <Title order={2} fz="lg" id="waiting-services">
        {t('services.waiting')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('services.waitingHint')}
      </Text>
      {body()}
    </Stack>
  );
}
