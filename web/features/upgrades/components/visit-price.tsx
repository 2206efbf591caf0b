import { Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceBreakdownOut } from '../../../../shared/features/visits/visits.contract.ts';
import { formatMoney } from '../../../lib/money.ts';

function Line({ name, amount, currency, note, strong }: { name: string; amount: number; currency: string; note?: string; strong?: boolean }) {
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap" align="baseline">
      <Text size="sm" fw={strong ? 700 : undefined} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {name}
        {note ? (
          <Text span size="xs" c="dimmed" ml={6}>
            ({note})
          </Text>
        ) : null}
      </Text>
      <Text size="sm" fw={strong ? 700 : 500} c={note ? 'dimmed' : undefined} style={{ flexShrink: 0, fontVariantNumeric: 'tabular-nums' }}>
        {formatMoney(amount, currency)}
      </Text>
    </Group>
  );
}

/** The visit's price line by line: service, surcharges and discounts, upgrades (pending ones shown, not counted), total. */
export function VisitPrice({ price, companyName }: { price: PriceBreakdownOut; companyName: string }) {
  const { t } = useTranslation('portalUpgrades');
  const pending = price.upgrades.some((line) => line.pending);
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb="sm">
        {t('price.title')}
      </Title>
      <Stack gap={6}>
        <Line name={t('price.base')} amount={price.base} currency={price.currency} />
        {price.rateModifications.map((line) => (
          <Line key={`m-${line.name}`} name={line.name} amount={line.amount} currency={price.currency} />
        ))}
        {price.upgrades.map((line) => (
          <Line key={`u-${line.name}`} name={line.name} amount={line.amount} currency={price.currency} note={line.pending ? t('price.pending') : undefined} />
        ))}
        <Divider my={4} />
        <Line name={t('price.total')} amount={price.total} currency={price.currency} strong />
      </Stack>
      {pending ? (
        <Text size="xs" c="dimmed" mt="sm">
          {t('price.pendingNote', { company: companyName })}
        </Text>
      ) : null}
    </Card>
  );
}
