import { Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  locationInputSchema,
  type LocationDetail,
  type LocationInput,
} from '../../../../shared/features/locations/locations.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';

interface LocationFormProps {
  /** The location being edited; a blank form adds a new one. */
  location?: LocationDetail;
  mutation: UseMutationResult<LocationDetail, Error, LocationInput>;
  onSaved: (location: LocationDetail) => void;
  cancel?: ReactNode;
  disabled?: boolean;
}

export function LocationForm({ location, mutation, onSaved, cancel, disabled }: LocationFormProps) {
  const { t } = useTranslation(['locations', 'common']);
  const { errors, formProps } = useFormSubmit({
    schema: locationInputSchema,
    mutation,
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });

  return (
    <form {...formProps}>
      <fieldset disabled={disabled} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="md">
          <FormErrorAlert error={mutation.error} />
          <TextInput
            name="name"
            label={t('form.name')}
            placeholder={t('form.namePlaceholder')}
            defaultValue={location?.name}
            autoComplete="off"
            error={errors.name}
            data-autofocus
          />
          <TextInput name="address" label={t('common:fields.address')} defaultValue={location?.address} autoComplete="off" error={errors.address} />
          <TimeZoneSelect name="timeZone" description={t('timeZone.hint')} defaultValue={location?.timeZone} error={errors.timeZone} />
          <Textarea
            name="accessNotes"
            label={t('form.accessNotes')}
            description={t('form.accessNotesHint')}
            autosize
            minRows={3}
            size="md"
            defaultValue={location?.accessNotes ?? ''}
            error={errors.accessNotes}
          />
          <Group gap="sm">
            <Button type="submit" loading={mutation.isPending} disabled={disabled}>
              {t('form.save')}
            </Button>
            {cancel}
          </Group>
        </Stack>
      </fieldset>
    </form>
  );
}
