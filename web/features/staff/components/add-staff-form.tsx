import { Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MobileCarrierId } from '../../../../shared/carriers.ts';
import { addStaffInputSchema, type StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { canGrantRole, type StaffViewer } from '../../../../shared/features/staff/staff.policy.ts';
import { staffRoles, type StaffRole } from '../../../../shared/roles.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useAddStaff } from '../api/add-staff.ts';
import { carrierOptions, toCarrier } from '../../../components/carrier-options.ts';

function toRole(value: string): StaffRole | string {
  return staffRoles.find((role) => role === value) ?? value;
}

interface AddStaffFormProps {
  viewer: StaffViewer;
  onAdded: (member: StaffMember) => void;
  onCancel: () => void;
}

/** Name, email, role and (optionally) mobile details; the person is emailed an invitation to choose a password. */
export function AddStaffForm({ viewer, onAdded, onCancel }: AddStaffFormProps) {
  const { t } = useTranslation(['staff', 'common', 'app']);
  const mutation = useAddStaff();
  const [carrier, setCarrier] = useState<MobileCarrierId | null>(null);
  const roleOptions = [
    { value: '', label: t('add.chooseRole') },
    ...staffRoles.filter((role) => role !== 'no_access' && canGrantRole(viewer, role)).map((role) => ({ value: role, label: t(`app:roles.${role}`) })),
  ];
  const { errors, formProps } = useFormSubmit({
    schema: addStaffInputSchema,
    mutation,
    read: (data) => ({
      name: textField(data, 'name'),
      email: textField(data, 'email'),
      role: toRole(textField(data, 'role')),
      mobilePhone: textField(data, 'mobilePhone'),
      mobileCarrier: toCarrier(textField(data, 'mobileCarrier')),
      mobileCarrierDomain: carrier === 'other' ? textField(data, 'mobileCarrierDomain') : null,
    }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onAdded }); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label={t('common:fields.name')} autoComplete="off" error={errors.name} data-autofocus />
        <TextInput
          name="email"
          type="email"
          label={t('common:fields.email')}
          description={t('add.emailHint')}
          inputMode="email"
          autoComplete="off"
          error={errors.email}
        />
        {/* Size md like the text inputs (the theme's default for them), so labels and fields line up. */}
        <NativeSelect name="role" label={t('common:fields.role')} size="md" data={roleOptions} error={errors.role} />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <TextInput
            name="mobilePhone"
            type="tel"
            label={t('add.mobileOptional')}
            description={t('add.mobileOptionalHint')}
            autoComplete="off"
            error={errors.mobilePhone}
          />
          <NativeSelect
            name="mobileCarrier"
            label={t('add.carrierOptional')}
            size="md"
            description={t('add.carrierOptionalHint')}
            data={carrierOptions({ none: t('mobile.noCarrier'), other: t('mobile.otherCarrierOption') })}
            value={carrier ?? ''}
            onChange={(event) => { setCarrier(toCarrier(event.currentTarget.value)); }}
            error={errors.mobileCarrier}
          />
        </SimpleGrid>
        {carrier === 'other' ? (
          <TextInput
            name="mobileCarrierDomain"
            label={t('mobile.gatewayDomain')}
            description={t('mobile.gatewayDomainHint')}
            autoComplete="off"
            spellCheck={false}
            error={errors.mobileCarrierDomain}
          />
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('add.sendInvitation')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
