import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Line } from '../../../../shared/features/billing/document-lines.contract.ts';
import { formatNumber } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';

interface QuoteLinesTableProps {
  lines: Line[];
  totals: { currency: string; subtotal: number; discountTotal: number; taxTotal: number; total: number };
  ns: 'quotes' | 'portalQuotes';
}

/** A quote's lines and totals, as stored (never worked out again here). Narrow screens keep three columns. */
export function QuoteLinesTable({ lines, totals, ns }: QuoteLinesTableProps) {
  const { t } = useTranslation(ns);
  const money = (minor: number) => formatMoney(minor, totals.currency);
  const row = (label: string, value: string, strong = false) => (
    <Group justify="space-between" key={label}>
      <Text size="sm" fw={strong ? 700 : 400}>
        {label}
      </Text>
      <Text size="sm" fw={strong ? 700 : 400}>
        {value}
      </Text>
    </Group>
  );
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={300}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('lineColumns.description')}</Table.Th>
              <Table.Th ta="right">{t('lineColumns.quantity')}</Table.Th>
              <Table.Th ta="right">{t('lineColumns.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line) => (
              <Table.Tr key={line.id}>
                <Table.Td>
                  <Text size="sm">{line.description}</Text>
                  <Text size="xs" c="dimmed">
                    {money(line.unitPrice)}
                    {line.discount > 0 ? ` − ${money(line.discount)}` : ''}
                    {line.taxName ? ` · ${line.taxName}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">{formatNumber(line.quantity / 100)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(line.net)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap={4} maw={320} ml="auto" w="100%">
        {row(t('totals.subtotal'), money(totals.subtotal))}
        {totals.discountTotal > 0 ? row(t('totals.discount'), `− ${money(totals.discountTotal)}`) : null}
        {row(t('totals.tax'), money(totals.taxTotal))}
        {row(t('totals.total'), money(totals.total), true)}
      </Stack>
    </Stack>
  );
}
