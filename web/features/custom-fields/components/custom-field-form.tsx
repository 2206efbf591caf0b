import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  customFieldChangeSchema,
  customFieldInputSchema,
  customFieldOwners,
  customFieldTypes,
  portalVisibilities,
  type CustomField,
  type CustomFieldOwner,
  type CustomFieldType,
} from '../../../../shared/features/custom-fields/custom-fields.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useCreateCustomField } from '../api/create-custom-field.ts';
import { useUpdateCustomField } from '../api/update-custom-field.ts';

/** A limit as typed: empty is no limit, anything else a number for the schema to judge. */
const bound = (value: FormDataEntryValue | null) => {
  const text = String(value ?? '').trim();
  return text === '' ? null : Number(text);
};

function readField(data: FormData, type: CustomFieldType) {
  return {
    label: String(data.get('label') ?? ''),
    options: type === 'choice' ? String(data.get('options') ?? '').split('\n').map((line) => line.trim()).filter(Boolean) : [],
    min: type === 'number' ? bound(data.get('min')) : null,
    max: type === 'number' ? bound(data.get('max')) : null,
    portalVisibility: String(data.get('portalVisibility') ?? ''),
  };
}

interface CustomFieldFormProps {
  /** The field being changed; a blank form adds one. */
  field: CustomField | null;
  appliesTo: CustomFieldOwner;
  onClose: () => void;
}

/** Adds or changes a field: its name, what it holds (fixed once made), options or limits, and how the portal shows it. */
export function CustomFieldForm({ field, appliesTo, onClose }: CustomFieldFormProps) {
  const { t } = useTranslation(['customFields', 'common']);
  const [type, setType] = useState<CustomFieldType>(field?.type ?? 'text');
  const create = useCreateCustomField();
  const update = useUpdateCustomField();
  const mutation = field ? update : create;
  const saved = (label: string, key: 'form.added' | 'form.saved') => {
    onClose();
    notifySaved(t(key, { label }));
  };
  const { errors, formProps } = useFormSubmit({
    schema: field ? customFieldChangeSchema : customFieldInputSchema,
    mutation,
    read: (data) => (field ? { ...readField(data, type), archived: field.archived } : { ...readField(data, type), appliesTo: String(data.get('appliesTo') ?? appliesTo), type }),
    onValid: (values) => {
      if (field) update.mutate({ id: field.id, body: { ...values, archived: field.archived } }, { onSuccess: (result) => saved(result.label, 'form.saved') });
      else create.mutate(values as Parameters<typeof create.mutate>[0], { onSuccess: (result) => saved(result.label, 'form.added') });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="label" label={t('form.label')} placeholder={t('form.labelPlaceholder')} defaultValue={field?.label} error={errors.label} autoComplete="off" data-autofocus />
        {field ? (
          <Text size="sm" c="dimmed">
            {t(`types.${field.type}`)} · {t('form.typeFixed')}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect name="appliesTo" label={t('form.appliesTo')} defaultValue={appliesTo} data={customFieldOwners.map((owner) => ({ value: owner, label: t(`owners.${owner}`) }))} error={errors.appliesTo} />
            <NativeSelect
              name="type"
              label={t('form.type')}
              value={type}
              onChange={(event) => { setType(event.currentTarget.value as CustomFieldType); }}
              data={customFieldTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
              error={errors.type}
            />
          </SimpleGrid>
        )}
        {type === 'choice' ? (
          <Textarea name="options" label={t('form.options')} description={t('form.optionsHint')} defaultValue={field?.options.join('\n')} autosize minRows={3} error={errors.options ?? Object.entries(errors).find(([key]) => key.startsWith('options.'))?.[1]} />
        ) : null}
        {type === 'number' ? (
          <SimpleGrid cols={2}>
            <TextInput name="min" label={t('form.min')} description={t('form.boundHint')} inputMode="decimal" defaultValue={field?.min ?? ''} error={errors.min} />
            <TextInput name="max" label={t('form.max')} description={t('form.boundHint')} inputMode="decimal" defaultValue={field?.max ?? ''} error={errors.max} />
          </SimpleGrid>
        ) : null}
        <NativeSelect
          name="portalVisibility"
          label={t('form.portalVisibility')}
          defaultValue={field?.portalVisibility ?? 'hidden'}
          data={portalVisibilities.map((value) => ({ value, label: t(`visibility.${value}`) }))}
          error={errors.portalVisibility}
        />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {t('form.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
