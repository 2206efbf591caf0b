import { ActionIcon, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type React from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxRate } from '../../../../shared/features/billing/document-lines.contract.ts';
import { fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';

/** A line being written: quantity in hundredths, money in minor units. */
export interface EditableLine {
  description: string;
  quantity: number;
  unitPrice: number;
  discount: number;
  taxRateId: string | null;
}

/** Stand-in line editor (replaced at merge by the invoices part's own). */
export function LineEditor(props: { lines: EditableLine[]; onChange: (lines: EditableLine[]) => void; currency: string; taxRates: TaxRate[]; errors?: Record<string, string> }): React.JSX.Element {
  const { t } = useTranslation('quotes');
  const { lines, onChange, currency, taxRates, errors = {} } = props;
  const change = (index: number, patch: Partial<EditableLine>) => onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));
  return (
    <Stack gap="sm">
      {lines.map((line, index) => (
        <Group key={index} align="flex-start" gap="xs" wrap="wrap">
          <TextInput style={{ flex: '1 1 200px' }} label={t('lines.description')} value={line.description} error={errors[`lines.${index}.description`]} onChange={(e) => change(index, { description: e.currentTarget.value })} />
          <NumberInput w={90} label={t('lines.quantity')} value={line.quantity / 100} decimalScale={2} min={0} error={errors[`lines.${index}.quantity`]} onChange={(v) => change(index, { quantity: Math.round(Number(v) * 100) })} />
          <NumberInput w={120} label={t('lines.unitPrice')} value={fromMinorUnits(line.unitPrice, currency)} decimalScale={2} min={0} error={errors[`lines.${index}.unitPrice`]} onChange={(v) => change(index, { unitPrice: toMinorUnits(Number(v), currency) })} />
          <NumberInput w={110} label={t('lines.discount')} value={fromMinorUnits(line.discount, currency)} decimalScale={2} min={0} error={errors[`lines.${index}.discount`]} onChange={(v) => change(index, { discount: toMinorUnits(Number(v), currency) })} />
          <Select w={140} label={t('lines.tax')} data={taxRates.filter((rate) => rate.active || rate.id === line.taxRateId).map((rate) => ({ value: rate.id, label: rate.name }))} value={line.taxRateId} clearable error={errors[`lines.${index}.taxRateId`]} onChange={(v) => change(index, { taxRateId: v })} />
          <ActionIcon mt={26} variant="subtle" color="red" aria-label={t('lines.remove')} onClick={() => onChange(lines.filter((_, i) => i !== index))}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button variant="default" onClick={() => onChange([...lines, { description: '', quantity: 100, unitPrice: 0, discount: 0, taxRateId: null }])} style={{ alignSelf: 'flex-start' }}>
        {t('lines.add')}
      </Button>
    </Stack>
  );
}
