import { Button, Group, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { serviceInputSchema, type Service, type ServiceInput } from '../../../../shared/features/services/services.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

export interface LocationPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
  /** Locations already chosen, so their names show before anything is searched. */
  known: Service['locations'];
}

interface ServiceFormProps {
  /** The service being edited; a blank form adds a new one. */
  service?: Service;
  mutation: UseMutationResult<Service, Error, ServiceInput>;
  onSaved: (service: Service) => void;
  onCancel: () => void;
  /** Locations live in another part of the app, so the page hands in its picker. */
  renderLocationPicker: (props: LocationPickerProps) => ReactNode;
}

export function ServiceForm({ service, mutation, onSaved, onCancel, renderLocationPicker }: ServiceFormProps) {
  const { t } = useTranslation(['services', 'common']);
  const [active, setActive] = useState(service?.active ?? true);
  const [visibleInPortal, setVisibleInPortal] = useState(service?.visibleInPortal ?? true);
  const [allLocations, setAllLocations] = useState(service?.allLocations ?? true);
  const [locationIds, setLocationIds] = useState<string[]>(() => service?.locations.map((location) => location.id) ?? []);
  const { errors, formProps } = useFormSubmit({
    schema: serviceInputSchema,
    mutation,
    read: (data) => ({
      name: textField(data, 'name'),
      description: textField(data, 'description'),
      active,
      visibleInPortal,
      allLocations,
      locationIds: allLocations ? [] : locationIds,
    }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label={t('form.name')} defaultValue={service?.name} autoComplete="off" error={errors.name} data-autofocus />
        <Textarea
          name="description"
          label={t('form.description')}
          description={t('form.descriptionHint')}
          autosize
          minRows={2}
          defaultValue={service?.description ?? ''}
          error={errors.description}
        />
        <Switch
          label={t('common:states.active')}
          description={t('form.activeHint')}
          checked={active}
          onChange={(event) => { setActive(event.currentTarget.checked); }}
        />
        <Switch
          label={t('form.visible')}
          description={t('form.visibleHint')}
          checked={visibleInPortal}
          onChange={(event) => { setVisibleInPortal(event.currentTarget.checked); }}
        />
        <Switch
          label={t('form.allLocations')}
          checked={allLocations}
          onChange={(event) => { setAllLocations(event.currentTarget.checked); }}
          error={allLocations ? errors.locationIds : undefined}
        />
        {allLocations
          ? null
          : renderLocationPicker({
              value: locationIds,
              onChange: setLocationIds,
              error: errors.locationIds,
              known: service?.locations ?? [],
            })}
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
