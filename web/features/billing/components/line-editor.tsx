import { ActionIcon, Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxRate } from '../../../../shared/features/billing/document-lines.contract.ts';
import { documentTotals, lineFigures, taxRatePercent } from '../../../../shared/features/billing/document-math.ts';
import { currencyDigits, fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { formatMoney } from '../../../lib/money.ts';
import { typedNumber } from '../typed-number.ts';

/** A line as the editor holds it: quantity in hundredths, money in minor units. */
export interface EditableLine {
  description: string;
  quantity: number;
  unitPrice: number;
  discount: number;
  taxRateId: string | null;
}

export const blankLine: EditableLine = { description: '', quantity: 100, unitPrice: 0, discount: 0, taxRateId: null };

/**
 * The lines of an invoice, a credit note or a quote, with each line's amount and the document's
 * totals worked out live by the same arithmetic as the server. `errors` are keyed like the API's:
 * `lines.2.discount`.
 */
export function LineEditor(props: { lines: EditableLine[]; onChange: (lines: EditableLine[]) => void; currency: string; taxRates: TaxRate[]; errors?: Record<string, string> }): React.JSX.Element {
  const { lines, onChange, currency, taxRates, errors = {} } = props;
  const { t } = useTranslation('invoices');
  const digits = currencyDigits(currency);
  const rateOf = (id: string | null) => taxRates.find((rate) => rate.id === id)?.rate ?? 0;
  const inputs = lines.map((line) => ({ quantity: line.quantity, unitPrice: line.unitPrice, discount: line.discount, taxRate: rateOf(line.taxRateId) }));
  const totals = documentTotals(inputs);
  const change = (index: number, patch: Partial<EditableLine>) => onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  const rateOptions = taxRates
    .filter((rate) => rate.active || lines.some((line) => line.taxRateId === rate.id))
    .map((rate) => ({ value: rate.id, label: t('lines.rateOption', { name: rate.name, percent: taxRatePercent(rate.rate) }) }));
  const money = (value: string | number) => toMinorUnits(typedNumber(value) ?? 0, currency);

  return (
    <Stack gap="sm">
      {lines.map((line, index) => {
        const figures = lineFigures(inputs[index]!);
        const err = (field: string) => errors[`lines.${index}.${field}`];
        return (
          <Card key={index} withBorder padding="sm">
            <Stack gap="xs">
              <Group gap="xs" align="flex-start" wrap="nowrap">
                <TextInput
                  style={{ flex: 1 }}
                  label={t('lines.description')}
                  value={line.description}
                  onChange={(event) => change(index, { description: event.currentTarget.value })}
                  error={err('description')}
                  maxLength={300}
                  required
                />
                <ActionIcon mt={26} variant="subtle" color="red" aria-label={t('lines.remove', { number: index + 1 })} disabled={lines.length === 1} onClick={() => onChange(lines.filter((_, i) => i !== index))}>
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
                <NumberInput
                  label={t('lines.quantity')}
                  value={line.quantity / 100}
                  decimalScale={2}
                  min={0.01}
                  allowNegative={false}
                  onChange={(value) => change(index, { quantity: Math.round((typedNumber(value) ?? 0) * 100) })}
                  error={err('quantity')}
                />
                <NumberInput
                  label={t('lines.unitPrice', { currency })}
                  value={fromMinorUnits(line.unitPrice, currency)}
                  decimalScale={digits}
                  fixedDecimalScale
                  allowNegative={false}
                  onChange={(value) => change(index, { unitPrice: money(value) })}
                  error={err('unitPrice')}
                />
                <NumberInput
                  label={t('lines.discount', { currency })}
                  value={fromMinorUnits(line.discount, currency)}
                  decimalScale={digits}
                  fixedDecimalScale
                  allowNegative={false}
                  onChange={(value) => change(index, { discount: money(value) })}
                  error={err('discount')}
                />
                <Select
                  label={t('lines.taxRate')}
                  placeholder={t('lines.noTax')}
                  data={rateOptions}
                  value={line.taxRateId}
                  clearable
                  onChange={(value) => change(index, { taxRateId: value })}
                  error={err('taxRateId')}
                />
              </SimpleGrid>
              <Text size="sm" ta="right" c="dimmed">
                {t('lines.amount', { net: formatMoney(figures.net, currency), tax: formatMoney(figures.tax, currency) })}
              </Text>
            </Stack>
          </Card>
        );
      })}
      {errors.lines ? (
        <Text size="sm" c="red">
          {errors.lines}
        </Text>
      ) : null}
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => onChange([...lines, { ...blankLine }])} disabled={lines.length >= 100}>
          {t('lines.add')}
        </Button>
        <Stack gap={2} align="flex-end">
          <Text size="sm">{t('totals.subtotal', { amount: formatMoney(totals.subtotal, currency) })}</Text>
          {totals.discountTotal > 0 ? <Text size="sm">{t('totals.discount', { amount: formatMoney(totals.discountTotal, currency) })}</Text> : null}
          <Text size="sm">{t('totals.tax', { amount: formatMoney(totals.taxTotal, currency) })}</Text>
          <Text fw={700}>{t('totals.total', { amount: formatMoney(totals.total, currency) })}</Text>
        </Stack>
      </Group>
    </Stack>
  );
}
