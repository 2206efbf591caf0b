import { Alert, Button, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { NewPasswordField, PasswordField } from '../../../components/password-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { ResetPasswordBody } from '../api/reset-password.ts';
import { resetPasswordFormSchema } from './password-schemas.ts';

interface ResetPasswordFormProps {
  token: string;
  mutation: UseMutationResult<{ message: string }, Error, ResetPasswordBody>;
  signInLink: ReactNode;
}

export function ResetPasswordForm({ token, mutation, signInLink }: ResetPasswordFormProps) {
  const { t } = useTranslation('auth');
  const schema = useMemo(() => resetPasswordFormSchema(t('password.mismatch')), [t]);
  const { errors, formProps } = useFormSubmit({
    schema,
    mutation,
    onValid: ({ password }) => { mutation.mutate({ token, password }); },
  });

  if (mutation.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} title={t('resetPassword.done')} role="status">
          {mutation.data.message}
        </Alert>
        {signInLink}
      </Stack>
    );
  }

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <NewPasswordField
          name="password"
          label={t('password.new')}
          error={errors.password}
        />
        <PasswordField
          name="confirmPassword"
          label={t('password.confirm')}
          autoComplete="new-password"
          error={errors.confirmPassword}
        />
        <Button type="submit" fullWidth size="md" loading={mutation.isPending}>
          {t('resetPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
