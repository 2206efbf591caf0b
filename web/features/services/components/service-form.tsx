import { Button, Group, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
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
        <TextInput name="name" label="Service name" defaultValue={service?.name} autoComplete="off" error={errors.name} data-autofocus />
        <Textarea
          name="description"
          label="Description"
          description="Customers read this when they choose a service in the portal."
          autosize
          minRows={2}
          defaultValue={service?.description ?? ''}
          error={errors.description}
        />
        <Switch
          label="Active"
          description="Inactive services cannot be requested or assigned."
          checked={active}
          onChange={(event) => { setActive(event.currentTarget.checked); }}
        />
        <Switch
          label="Visible in the portal"
          description="Customers may ask for it in the portal."
          checked={visibleInPortal}
          onChange={(event) => { setVisibleInPortal(event.currentTarget.checked); }}
        />
        <Switch
          label="All locations (including ones added later)"
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
            Cancel
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            Save service
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
