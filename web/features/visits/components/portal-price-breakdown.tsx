import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PriceBreakdownOut } from '../../../../shared/features/visits/visits.contract.ts';
import { formatMoney, formatPercent } from '../portal-format.ts';

// MC shows the breakdown's total in green: a shade that keeps 4.5:1 on the light card and on the dark one.
const totalColor = 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))';

/**
 * The whole price of a visit, line by line (MC): the base, each surcharge or discount, each
 * upgrade (one the office has not accepted yet marked pending, not counted) and the total.
 */
export function PortalPriceBreakdown({ price }: { price: PriceBreakdownOut }) {
  const { t } = useTranslation('portalVisits');
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
