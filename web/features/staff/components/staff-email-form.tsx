import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { staffEmailInputSchema, type StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useChangeStaffEmail } from '../api/change-staff-email.ts';

interface StaffEmailFormProps {
  member: StaffMember;
  onSaved: (member: StaffMember) => void;
  onCancel: () => void;
}

export function StaffEmailForm({ member, onSaved, onCancel }: StaffEmailFormProps) {
  const { t } = useTranslation(['staff', 'common']);
  const mutation = useChangeStaffEmail(member.id);
  const { errors, formProps } = useFormSubmit({
    schema: staffEmailInputSchema,
    mutation,
    onValid: (values) => { mutation.mutate(values, { onSuccess: onSaved }); },
  });
  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput
          name="email"
          type="email"
          label={t('email.label')}
          description={member.state === 'invited' ? t('email.invitedHint') : t('email.hint')}
          inputMode="email"
          autoComplete="off"
          defaultValue={member.email}
          error={errors.email}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={mutation.isPending}>
            {t('email.change')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
