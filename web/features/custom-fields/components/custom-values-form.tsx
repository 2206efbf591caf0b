import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { customValuesSchema, maxCustomTextLength, type CustomFieldValue, type CustomFieldValues, type CustomValuesInput } from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { formatDateOnly } from '../../../lib/format.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

/** The words the form shows, from the office's namespace or the portal's. */
export interface ValueWords {
  yes: string;
  no: string;
  empty: string;
  chooseOption: string;
  save: string;
}

/** A stored value as people read it: yes/no in words, a date on the calendar, nothing said so. */
export function shownValue(item: Pick<CustomFieldValue, 'field' | 'value'>, words: Pick<ValueWords, 'yes' | 'no' | 'empty'>): string {
  if (item.value === null) return words.empty;
  if (item.field.type === 'yesNo') return item.value === 'yes' ? words.yes : words.no;
  if (item.field.type === 'date') return formatDateOnly(item.value);
  return item.value;
}

const inputName = (fieldId: string) => `values.${fieldId}`;

function ValueInput({ item, words, error }: { item: CustomFieldValue; words: ValueWords; error: string | undefined }) {
  const { field, value } = item;
  const common = { name: inputName(field.id), label: field.label, error, defaultValue: value ?? '' };
  switch (field.type) {
    case 'choice': {
      // A value no longer among the options stays offered, so saving other fields keeps it.
      const options = value !== null && !field.options.includes(value) ? [...field.options, value] : field.options;
      return <NativeSelect {...common} data={[{ value: '', label: words.chooseOption }, ...options]} />;
    }
    case 'yesNo':
      return <NativeSelect {...common} data={[{ value: '', label: words.empty }, { value: 'yes', label: words.yes }, { value: 'no', label: words.no }]} />;
    case 'date':
      return <TextInput {...common} type="date" />;
    case 'number':
      return <TextInput {...common} inputMode="decimal" autoComplete="off" />;
    case 'text':
      return <TextInput {...common} maxLength={maxCustomTextLength + 50} autoComplete="off" />;
  }
}

interface CustomValuesFormProps {
  values: CustomFieldValues;
  mutation: UseMutationResult<CustomFieldValues, Error, CustomValuesInput>;
  words: ValueWords;
  onSaved: () => void;
}

/**
 * One customer's or location's fields: those the reader may change as inputs, the others as text.
 * Checked before sending by the same shared rule the server applies.
 */
export function CustomValuesForm({ values, mutation, words, onSaved }: CustomValuesFormProps) {
  const editable = values.items.filter((item) => item.editable);
  const readOnly = values.items.filter((item) => !item.editable);
  const { errors, formProps } = useFormSubmit({
    schema: customValuesSchema(editable.map((item) => item.field)),
    mutation,
    read: (data) => ({ values: Object.fromEntries(editable.map((item) => [item.field.id, String(data.get(inputName(item.field.id)) ?? '')])) }),
    onValid: (parsed) => {
      const body = { values: Object.fromEntries(Object.entries(parsed.values).map(([id, value]) => [id, value ?? null])) };
      mutation.mutate(body, { onSuccess: onSaved });
    },
  });

  return (
    <Stack gap="md">
      {readOnly.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {readOnly.map((item) => (
            <DetailField key={item.field.id} label={item.field.label}>
              {shownValue(item, words)}
            </DetailField>
          ))}
        </SimpleGrid>
      ) : null}
      {editable.length > 0 ? (
        <form {...formProps}>
          <Stack gap="md">
            <FormErrorAlert error={mutation.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {editable.map((item) => (
                <ValueInput key={`${item.field.id}:${item.value ?? ''}`} item={item} words={words} error={errors[inputName(item.field.id)]} />
              ))}
            </SimpleGrid>
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {words.save}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
}
