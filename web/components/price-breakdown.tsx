import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceBreakdownOut } from '../../shared/features/visits/visits.contract.ts';
import { formatMoney } from '../lib/money.ts';
import { formatLocale } from '../lib/i18n.ts';

// The total in green, as MaidCentral shows it: a shade that keeps 4.5:1 on the light card and on the dark one.
const totalColor = 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))';

/** Hundredths of a percent, signed: -1000 is "-10%". */
function formatPercent(hundredths: number): string {
  return new Intl.NumberFormat(formatLocale(), { style: 'percent', maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(hundredths / 10_000);
}

/**
 * The whole price of a visit, line by line, in the office and the portal alike: the base, each
 * surcharge or discount, each upgrade (one not accepted yet marked pending and not counted), the total.
 */
export function PriceBreakdown({ price }: { price: PriceBreakdownOut }) {
  const { t } = useTranslation('visits');
  const money = (amount: number) => formatMoney(amount, price.currency);
  const lines = [
    ...price.rateModifications.map((line) => ({ ...line, label: line.percent === undefined ? line.name : t('price.withPercent', { name: line.name, percent: formatPercent(line.percent) }) })),
    ...price.upgrades.map((line) => ({ ...line, label: line.name })),
  ];
  const anyPending = price.upgrades.some((line) => line.pending);
  return (
    <Stack gap={6}>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={0} aria-label={t('price.title')}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row" fw={400}>
              {t('price.base')}
            </Table.Th>
            <Table.Td ta="right">{money(price.base)}</Table.Td>
          </Table.Tr>
          {lines.map((line, index) => (
            <Table.Tr key={`${line.name}-${index}`} c={line.pending ? 'dimmed' : undefined}>
              <Table.Th scope="row" fw={400}>
                <Group gap={6} wrap="wrap">
                  <span>{line.label}</span>
                  {line.pending ? (
                    <Badge size="sm" variant="light" color="yellow" tt="none">
                      {t('price.pending')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Th>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(line.amount)}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <Table.Th scope="row">{t('price.total')}</Table.Th>
            <Table.Td ta="right" fw={800} fz="lg" style={{ whiteSpace: 'nowrap', color: totalColor }}>
              {money(price.total)}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      {anyPending ? (
        <Text size="xs" c="dimmed">
          {t('price.pendingNote')}
        </Text>
      ) : null}
    </Stack>
  );
}
