import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconSparkles, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RequestedUpgrade } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useDecideUpgrade } from '../api/decide-upgrade.ts';
import { useRequestUpgrades } from '../api/get-request-upgrades.ts';

const statusColor = { pending: 'yellow', accepted: 'teal', declined: 'gray' } as const;

function RequestedUpgradeCard({ upgrade, currency, requestId, canDecide }: { upgrade: RequestedUpgrade; currency: string; requestId: string; canDecide: boolean }) {
  const { t } = useTranslation('upgrades');
  const decide = useDecideUpgrade(requestId);
  const price = formatMoney(upgrade.price, currency);
  const visitScheduled = upgrade.visit.status === 'scheduled';
  const answer = (status: 'accepted' | 'declined') =>
    decide.mutate(
      { id: upgrade.id, status },
      {
        onSuccess: () => { notifySaved(t(status === 'accepted' ? 'request.acceptedText' : 'request.declinedText', { name: upgrade.name })); },
        onError: (error) => { notifyError(error); },
      },
    );
  return (
    <Card withBorder padding="lg" shadow="xs" style={{ borderLeft: '4px solid var(--mantine-primary-color-filled)' }}>
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          <IconSparkles size={22} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <div style={{ minWidth: 0 }}>
            <Title order={2} fz="md" style={{ overflowWrap: 'anywhere' }}>
              {t('request.title', { name: upgrade.name, price })}
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              {t('request.forVisit', { service: upgrade.visit.name, when: formatDateTime(upgrade.visit.startsAt, upgrade.visit.timeZone), location: upgrade.visit.locationName })}
            </Text>
            {upgrade.extraMinutes > 0 ? (
              <Text size="sm" c="dimmed">
                {t('request.extraTime', { minutes: upgrade.extraMinutes })}
              </Text>
            ) : null}
          </div>
        </Group>
        <Badge color={statusColor[upgrade.status]} variant="light" tt="none" style={{ flexShrink: 0 }}>
          {t(`request.status.${upgrade.status}`)}
        </Badge>
      </Group>
      {upgrade.status === 'pending' && canDecide ? (
        <Stack gap="xs" mt="md">
          {visitScheduled ? null : (
            <Text size="sm" c="dimmed">
              {t('request.visitNotScheduled', { status: t(`visitStatus.${upgrade.visit.status}`) })}
            </Text>
          )}
          <Group gap="sm">
            {visitScheduled ? (
              <Button leftSection={<IconCheck size={16} aria-hidden />} aria-label={t('request.acceptNamed', { name: upgrade.name })} loading={decide.isPending && decide.variables?.status === 'accepted'} disabled={decide.isPending} onClick={() => { answer('accepted'); }}>
                {t('request.accept')}
              </Button>
            ) : null}
            <Button variant="default" leftSection={<IconX size={16} aria-hidden />} aria-label={t('request.declineNamed', { name: upgrade.name })} loading={decide.isPending && decide.variables?.status === 'declined'} disabled={decide.isPending} onClick={() => { answer('declined'); }}>
              {t('request.decline')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Card>
  );
}

/** The upgrades a customer asked for in this request, each to accept or decline; nothing when the request asks for none. */
export function RequestUpgradesCard({ requestId, canDecide }: { requestId: string; canDecide: boolean }) {
  const { t } = useTranslation('upgrades');
  const query = useRequestUpgrades(requestId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('request.loadFailed')} />;
  if (!query.data || query.data.items.length === 0) return null;
  const { items, currency } = query.data;
  return (
    <Stack gap="sm" mb="lg">
      {items.map((upgrade) => (
        <RequestedUpgradeCard key={upgrade.id} upgrade={upgrade} currency={currency} requestId={requestId} canDecide={canDecide} />
      ))}
    </Stack>
  );
}
