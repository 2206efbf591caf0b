import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkOutInputSchema, type Key } from '../../../../shared/features/keys/keys.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCheckOutKey } from '../api/check-out-key.ts';
import { useKeyHolders } from '../api/get-key-holders.ts';

/** A local date and time typed in the browser, as the ISO instant the API takes; empty stays empty (now). */
function instantOf(local: string): string | undefined {
  if (local.trim() === '') return undefined;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

/** Who takes the key, and when (now unless told). A key someone else just took answers with who has it. */
export function CheckOutForm({ customerId, keyItem, onDone, onCancel }: { customerId: string; keyItem: Key; onDone: (key: Key) => void; onCancel: () => void }) {
  const { t } = useTranslation(['keys', 'common']);
  const holders = useKeyHolders({ enabled: true });
  const mutation = useCheckOutKey(customerId, keyItem.id);
  const [staffId, setStaffId] = useState<string | null>(null);
  const { errors, formProps } = useFormSubmit({
    schema: checkOutInputSchema,
    mutation,
    read: (data) => ({ staffId: staffId ?? '', at: instantOf(textField(data, 'at')) }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onDone }); },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <Select
          name="staffId"
          label={t('checkOut.holder')}
          placeholder={t('checkOut.holderPlaceholder')}
          data={(holders.data?.items ?? []).map((person) => ({ value: person.id, label: person.name }))}
          value={staffId}
          onChange={setStaffId}
          searchable
          disabled={!holders.data}
          error={errors.staffId}
          data-autofocus
        />
        <TextInput name="at" type="datetime-local" label={t('checkOut.at')} description={t('checkOut.atHint')} error={errors.at} />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('checkOut.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
