import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textGatewayAddress, type MobileCarrierId } from '../../../../shared/carriers.ts';
import {
  staffProfileInputSchema,
  type StaffMember,
  type StaffProfileInput,
} from '../../../../shared/features/staff/staff.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { textField } from '../../../lib/form-data.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { carrierOptions, toCarrier } from '../../../components/carrier-options.ts';

interface MobileProfileFormProps {
  member: StaffMember;
  mutation: UseMutationResult<StaffMember, Error, StaffProfileInput>;
  onSaved: (member: StaffMember) => void;
  /** E.g. a Cancel button when the form sits in a modal. */
  extraActions?: ReactNode;
}

/** Mobile number and carrier: with both, Porter can send texts through the carrier's email-to-text gateway. */
export function MobileProfileForm({ member, mutation, onSaved, extraActions }: MobileProfileFormProps) {
  const { t } = useTranslation('staff');
  const [phone, setPhone] = useState(member.mobilePhone ?? '');
  const [carrier, setCarrier] = useState<MobileCarrierId | null>(member.mobileCarrier);
  const [domain, setDomain] = useState(member.mobileCarrierDomain ?? '');
  const { errors, formProps } = useFormSubmit({
    schema: staffProfileInputSchema,
    mutation,
    read: (data) => ({
      name: member.name,
      mobilePhone: textField(data, 'mobilePhone'),
      mobileCarrier: toCarrier(textField(data, 'mobileCarrier')),
      mobileCarrierDomain: carrier === 'other' ? textField(data, 'mobileCarrierDomain') : null,
    }),
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });
  const typedDomain = domain.trim().toLowerCase();
  const domainLooksRight = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(typedDomain);
  const textAddress = textGatewayAddress(phone, carrier, domainLooksRight ? typedDomain : null);

  return (
    <form {...formProps}>
      <Stack gap="md" maw={420}>
        <FormErrorAlert error={mutation.error} />
        <TextInput
          name="mobilePhone"
          type="tel"
          label={t('mobile.number')}
          description={t('mobile.numberHint')}
          autoComplete="off"
          value={phone}
          onChange={(event) => { setPhone(event.currentTarget.value); }}
          error={errors.mobilePhone}
        />
        <NativeSelect
          name="mobileCarrier"
          label={t('mobile.carrier')}
          description={t('mobile.carrierHint')}
          data={carrierOptions({ none: t('mobile.noCarrier'), other: t('mobile.otherCarrierOption') })}
          value={carrier ?? ''}
          onChange={(event) => { setCarrier(toCarrier(event.currentTarget.value)); }}
          error={errors.mobileCarrier}
          size="md"
        />
        {carrier === 'other' ? (
          <TextInput
            name="mobileCarrierDomain"
            label={t('mobile.gatewayDomain')}
            description={t('mobile.gatewayDomainHint')}
            autoComplete="off"
            spellCheck={false}
            value={domain}
            onChange={(event) => { setDomain(event.currentTarget.value); }}
            error={errors.mobileCarrierDomain}
          />
        ) : null}
        <Text size="sm" c="dimmed" aria-live="polite" style={{ overflowWrap: 'anywhere' }}>
          {textAddress ? t('mobile.textsGoTo', { address: textAddress }) : t('mobile.addToReceiveTexts')}
        </Text>
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {t('mobile.save')}
          </Button>
          {extraActions}
        </Group>
      </Stack>
    </form>
  );
}
