import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SupplyOrder } from '../../../../shared/features/supplies/supplies.contract.ts';
import { formatNumber } from '../../../lib/format.ts';

/** What was ordered: quantity, product and unit, one line each. */
export function SupplyOrderLines({ lines }: { lines: SupplyOrder['lines'] }) {
  const { t } = useTranslation('supplies');
  return (
    <Table verticalSpacing={6} horizontalSpacing="xs" withRowBorders={false}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={72} ta="right">
            {t('lines.quantity')}
          </Table.Th>
          <Table.Th>{t('lines.product')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {lines.map((line, index) => (
          <Table.Tr key={`${line.productId ?? line.productName}-${String(index)}`}>
            <Table.Td ta="right" fw={700}>
              {formatNumber(line.quantity)}
            </Table.Td>
            <Table.Td>
              <Text size="sm">
                {line.productName}{' '}
                <Text span size="sm" c="dimmed">
                  ({line.unit})
                </Text>
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
