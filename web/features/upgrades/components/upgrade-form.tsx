import { Button, Group, NumberInput, SimpleGrid, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxExtraMinutes, upgradeInputSchema, type Upgrade, type UpgradeInput } from '../../../../shared/features/upgrades/upgrades.contract.ts';
import { currencyDigits, fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

interface UpgradeFormProps {
  /** The upgrade being edited; a blank form adds a new one. */
  upgrade?: Upgrade;
  currency: string;
  mutation: UseMutationResult<Upgrade, Error, UpgradeInput>;
  onSaved: (upgrade: Upgrade) => void;
  onCancel: () => void;
}

/** A number typed into a field, or undefined when it is empty (the contract then says what to enter). */
function typedNumber(data: FormData, name: string): number | undefined {
  const text = textField(data, name).trim();
  return text === '' ? undefined : Number(text);
}

/** The price is typed as money (35.00) and stored in minor units of the company's currency (3500). */
export function UpgradeForm({ upgrade, currency, mutation, onSaved, onCancel }: UpgradeFormProps) {
  const { t } = useTranslation(['upgrades', 'common']);
  const [active, setActive] = useState(upgrade?.active ?? true);
  const digits = currencyDigits(currency);
  const { errors, formProps } = useFormSubmit({
    schema: upgradeInputSchema,
    mutation,
    read: (data) => {
      const price = typedNumber(data, 'price');
      return {
        name: textField(data, 'name'),
        description: textField(data, 'description'),
        price: price === undefined ? undefined : toMinorUnits(price, currency),
        extraMinutes: typedNumber(data, 'extraMinutes'),
        active,
      };
    },
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label={t('form.name')} placeholder={t('form.namePlaceholder')} defaultValue={upgrade?.name} autoComplete="off" error={errors.name} data-autofocus />
        <Textarea name="description" label={t('form.description')} description={t('form.descriptionHint')} defaultValue={upgrade?.description ?? ''} autosize minRows={2} maxLength={300} error={errors.description} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NumberInput
            name="price"
            label={t('form.price', { currency })}
            defaultValue={upgrade ? fromMinorUnits(upgrade.price, currency) : undefined}
            decimalScale={digits}
            fixedDecimalScale
            allowNegative={false}
            min={0}
            inputMode="decimal"
            error={errors.price}
          />
          <NumberInput
            name="extraMinutes"
            label={t('form.extraMinutes')}
            description={t('form.extraMinutesHint')}
            defaultValue={upgrade?.extraMinutes ?? 0}
            allowDecimal={false}
            allowNegative={false}
            min={0}
            max={maxExtraMinutes}
            step={5}
            inputMode="numeric"
            error={errors.extraMinutes}
          />
        </SimpleGrid>
        <Switch label={t('form.active')} description={t('form.activeHint')} checked={active} onChange={(event) => { setActive(event.currentTarget.checked); }} />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
