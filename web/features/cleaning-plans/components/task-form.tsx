import { Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  cleaningFrequencies,
  cleaningTaskInputSchema,
  type CleaningFrequency,
  type CleaningTask,
  type CleaningTaskInput,
} from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

interface TaskFormProps {
  /** The task being edited; a blank form adds one at the end of its area. */
  task?: CleaningTask;
  mutation: UseMutationResult<CleaningTask, Error, CleaningTaskInput>;
  onSaved: (task: CleaningTask) => void;
  onCancel: () => void;
}

export function TaskForm({ task, mutation, onSaved, onCancel }: TaskFormProps) {
  const { t } = useTranslation(['cleaningPlans', 'common']);
  const [frequency, setFrequency] = useState<string>(task?.frequency ?? 'every_visit');
  const { errors, formProps } = useFormSubmit({
    schema: cleaningTaskInputSchema,
    mutation,
    read: (data) => ({ text: textField(data, 'text'), frequency }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <Textarea
          name="text"
          label={t('task.text')}
          placeholder={t('task.textPlaceholder')}
          defaultValue={task?.text}
          autosize
          minRows={2}
          error={errors.text}
          data-autofocus
        />
        <Radio.Group name="frequency" label={t('task.frequency')} value={frequency} onChange={setFrequency} error={errors.frequency}>
          <Group gap="lg" mt="xs">
            {cleaningFrequencies.map((value: CleaningFrequency) => (
              <Radio key={value} value={value} label={t(`frequency.${value}`)} />
            ))}
          </Group>
        </Radio.Group>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('task.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
