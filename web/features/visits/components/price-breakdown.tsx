import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceBreakdownOut } from '../../../../shared/features/visits/visits.contract.ts';
import { formatMoney } from '../../../lib/format.ts';
import { formatLocale } from '../../../lib/i18n.ts';

function Line({ label, amount, currency, strong, pending }: { label: string; amount: number; currency: string; strong?: boolean; pending?: boolean }) {
  const { t } = useTranslation('visits');
  return (
    <Group justify="space-between" gap="sm" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={strong ? 700 : undefined}>
          {label}
        </Text>
        {pending ? (
          <Badge size="xs" variant="light" color="yellow">
            {t('price.pending')}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" fw={strong ? 700 : undefined} c={pending ? 'dimmed' : undefined} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
        {formatMoney(amount, currency)}
      </Text>
    </Group>
  );
}

/** A visit's price line by line: base, each surcharge or discount, each upgrade (pending ones shown, not counted), total. */
export function PriceBreakdown({ price }: { price: PriceBreakdownOut }) {
  const { t } = useTranslation('visits');
  const percent = (hundredths: number) => new Intl.NumberFormat(formatLocale(), { style: 'percent', maximumFractionDigits: 2 }).format(hundredths / 10_000);
  return (
    <Stack gap={4} aria-label={t('price.title')} role="group">
      <Line label={t('price.base')} amount={price.base} currency={price.currency} />
      {price.rateModifications.map((line, index) => (
        <Line key={`m${index}`} label={line.percent === undefined ? line.name : `${line.name} (${percent(line.percent)})`} amount={line.amount} currency={price.currency} />
      ))}
      {price.upgrades.map((line, index) => (
        <Line key={`u${index}`} label={line.name} amount={line.amount} currency={price.currency} pending={line.pending} />
      ))}
      <div style={{ borderTop: '1px solid var(--mantine-color-default-border)', marginTop: 4, paddingTop: 4 }}>
        <Line label={t('price.total')} amount={price.total} currency={price.currency} strong />
      </div>
    </Stack>
  );
}
