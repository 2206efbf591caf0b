import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { loginBodySchema, type LoginBody } from '../../../../shared/features/auth/auth.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';

interface LoginFormProps {
  mutation: UseMutationResult<unknown, Error, LoginBody>;
  /** Where "Forgot password?" goes: staff and each portal have their own page. */
  forgotPasswordLink: ReactNode;
  defaultEmail?: string;
}

export function LoginForm({ mutation, forgotPasswordLink, defaultEmail }: LoginFormProps) {
  const { t } = useTranslation();
  const { errors, formProps } = useFormSubmit({
    schema: loginBodySchema,
    mutation,
    onValid: (values) => { mutation.mutate(values); },
  });

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput
          name="email"
          type="email"
          label={t('fields.email')}
          autoComplete="username"
          inputMode="email"
          defaultValue={defaultEmail}
          error={errors.email}
          data-autofocus
        />
        <Stack gap={6}>
          <PasswordField name="password" label={t('fields.password')} autoComplete="current-password" error={errors.password} />
          <Group justify="flex-end">{forgotPasswordLink}</Group>
        </Stack>
        <Button type="submit" fullWidth size="md" loading={mutation.isPending}>
          {t('actions.signIn')}
        </Button>
      </Stack>
    </form>
  );
}
