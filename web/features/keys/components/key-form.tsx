import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyInputSchema, keyKinds, maxKeyCodeLength, maxKeyLabelLength, maxKeyNotesLength, type Key, type KeyInput, type KeyKind } from '../../../../shared/features/keys/keys.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

interface KeyFormProps {
  /** The key being edited; a blank form adds a new one. */
  keyItem?: Key;
  /** The code of the key being edited, once revealed; the form never fetches it by itself. */
  code?: string | null;
  locations: { id: string; name: string }[];
  mutation: UseMutationResult<Key, Error, KeyInput>;
  onSaved: (key: Key) => void;
  onCancel: () => void;
}

/**
 * A key's label, location, kind, code and notes. The list never carries codes, so editing starts
 * from the code the panel revealed for it: what is in the field when saved is the code, and an
 * emptied field removes it.
 */
export function KeyForm({ keyItem, code, locations, mutation, onSaved, onCancel }: KeyFormProps) {
  const { t } = useTranslation(['keys', 'common']);
  const [locationId, setLocationId] = useState<string | null>(keyItem?.locationId ?? (locations.length === 1 ? locations[0]!.id : null));
  const [kind, setKind] = useState<KeyKind>(keyItem?.kind ?? 'key');
  const { errors, formProps } = useFormSubmit({
    schema: keyInputSchema,
    mutation,
    read: (data) => ({ locationId: locationId ?? '', label: textField(data, 'label'), kind, code: textField(data, 'code'), notes: textField(data, 'notes') }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="label" label={t('form.label')} placeholder={t('form.labelPlaceholder')} defaultValue={keyItem?.label} maxLength={maxKeyLabelLength} autoComplete="off" error={errors.label} data-autofocus />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <Select
            name="locationId"
            label={t('form.location')}
            data={locations.map((location) => ({ value: location.id, label: location.name }))}
            value={locationId}
            onChange={setLocationId}
            allowDeselect={false}
            searchable={locations.length > 8}
            error={errors.locationId}
          />
          <Select
            name="kind"
            label={t('form.kind')}
            data={keyKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
            value={kind}
            onChange={(value) => { if (value) setKind(value as KeyKind); }}
            allowDeselect={false}
            error={errors.kind}
          />
        </SimpleGrid>
        <TextInput
          name="code"
          label={t('form.code')}
          description={t('form.codeHint')}
          defaultValue={code ?? ''}
          maxLength={maxKeyCodeLength}
          autoComplete="off"
          // Kept out of the browser's saved form entries and spell checkers.
          spellCheck={false}
          withAsterisk={kind === 'code'}
          error={errors.code}
        />
        <Textarea name="notes" label={t('form.notes')} description={t('form.notesHint')} defaultValue={keyItem?.notes ?? ''} autosize minRows={2} maxLength={maxKeyNotesLength} error={errors.notes} />
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
