import { Button, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { NewPasswordField, PasswordField } from '../../../components/password-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { resetPasswordFormSchema } from './password-schemas.ts';

interface AcceptInvitationFormProps {
  token: string;
  /** The office's or the portal's accept call: both take the token and the first password. */
  mutation: UseMutationResult<unknown, Error, { token: string; password: string }>;
}

/** The invited person chooses their first password; success signs them in. */
export function AcceptInvitationForm({ token, mutation }: AcceptInvitationFormProps) {
  const { t } = useTranslation('auth');
  const schema = useMemo(() => resetPasswordFormSchema(t('password.mismatch')), [t]);
  const { errors, formProps } = useFormSubmit({
    schema,
    mutation,
    onValid: ({ password }) => { mutation.mutate({ token, password }); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <NewPasswordField name="password" label={t('password.new')} error={errors.password} data-autofocus />
        <PasswordField name="confirmPassword" label={t('password.confirm')} autoComplete="new-password" error={errors.confirmPassword} />
        <Button type="submit" fullWidth size="md" loading={mutation.isPending}>
          {t('invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}
