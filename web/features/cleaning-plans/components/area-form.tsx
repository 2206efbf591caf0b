import { Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  cleaningAreaInputSchema,
  maxAreaNameLength,
  type CleaningArea,
  type CleaningAreaInput,
} from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

interface AreaFormProps {
  /** The area being edited; a blank form adds one at the end of the plan. */
  area?: CleaningArea;
  mutation: UseMutationResult<CleaningArea, Error, CleaningAreaInput>;
  onSaved: (area: CleaningArea) => void;
  onCancel: () => void;
}

export function AreaForm({ area, mutation, onSaved, onCancel }: AreaFormProps) {
  const { t } = useTranslation(['cleaningPlans', 'common']);
  const { errors, formProps } = useFormSubmit({
    schema: cleaningAreaInputSchema,
    mutation,
    read: (data) => ({ name: textField(data, 'name'), notes: textField(data, 'notes') }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput
          name="name"
          label={t('area.name')}
          placeholder={t('area.namePlaceholder')}
          defaultValue={area?.name}
          maxLength={maxAreaNameLength}
          autoComplete="off"
          error={errors.name}
          data-autofocus
        />
        <Textarea name="notes" label={t('area.notes')} description={t('area.notesHint')} defaultValue={area?.notes ?? ''} autosize minRows={2} error={errors.notes} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('area.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
