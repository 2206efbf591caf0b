import { Button, Checkbox, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  portalUserInputSchema,
  type PortalUser,
  type PortalUserInput,
} from '../../../../shared/features/portal-users/portal-users.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

export interface CustomerLocationOption {
  id: string;
  name: string;
}

interface PortalUserFormProps {
  /** The person being edited; a blank form adds someone new. */
  user?: PortalUser;
  locations: CustomerLocationOption[];
  mutation: UseMutationResult<PortalUser, Error, PortalUserInput>;
  onSaved: (user: PortalUser) => void;
  onCancel: () => void;
}

export function PortalUserForm({ user, locations, mutation, onSaved, onCancel }: PortalUserFormProps) {
  const { t } = useTranslation(['portalUsers', 'common']);
  const onlyLocation = locations.length === 1 ? locations[0] : undefined;
  const [locationIds, setLocationIds] = useState<string[]>(
    () => user?.locations.map((location) => location.id) ?? (onlyLocation ? [onlyLocation.id] : []),
  );
  const [billing, setBilling] = useState(user?.isBillingContact ?? false);
  const { errors, formProps } = useFormSubmit({
    schema: portalUserInputSchema,
    mutation,
    read: (data) => ({
      name: textField(data, 'name'),
      email: textField(data, 'email'),
      phone: textField(data, 'phone'),
      locationIds,
      isBillingContact: billing,
    }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label={t('common:fields.name')} defaultValue={user?.name} autoComplete="off" error={errors.name} data-autofocus />
        <TextInput
          name="email"
          type="email"
          label={t('common:fields.email')}
          description={t('form.emailHint')}
          inputMode="email"
          autoComplete="off"
          defaultValue={user?.email}
          error={errors.email}
        />
        <TextInput name="phone" type="tel" label={t('common:fields.phone')} autoComplete="off" defaultValue={user?.phone ?? ''} error={errors.phone} />
        <Checkbox.Group
          label={t('common:fields.locations')}
          description={t('form.locationsHint')}
          value={locationIds}
          onChange={setLocationIds}
          error={errors.locationIds}
        >
          {locations.length === 0 ? (
            <Text size="sm" c="dimmed" mt="xs">
              {t('form.noLocations')}
            </Text>
          ) : (
            <Stack gap="xs" mt="xs">
              {locations.map((location) => (
                <Checkbox key={location.id} name="locationIds" value={location.id} label={location.name} />
              ))}
            </Stack>
          )}
        </Checkbox.Group>
        <Switch
          label={t('form.billingContact')}
          description={t('form.billingContactHint')}
          checked={billing}
          onChange={(event) => { setBilling(event.currentTarget.checked); }}
          error={errors.isBillingContact}
        />
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
