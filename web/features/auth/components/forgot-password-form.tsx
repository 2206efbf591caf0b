import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck } from '@tabler/icons-react';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { forgotPasswordBodySchema } from '../../../../shared/features/auth/auth.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { ForgotPasswordBody } from '../api/forgot-password.ts';

interface ForgotPasswordFormProps {
  mutation: UseMutationResult<{ message: string }, Error, ForgotPasswordBody>;
  signInLink: ReactNode;
}

export function ForgotPasswordForm({ mutation, signInLink }: ForgotPasswordFormProps) {
  const { t } = useTranslation(['auth', 'common']);
  const { errors, formProps } = useFormSubmit({
    schema: forgotPasswordBodySchema,
    mutation,
    onValid: (values) => { mutation.mutate(values); },
  });

  if (mutation.isSuccess) {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconMailCheck size={20} />} title={t('forgotPassword.sent')} role="status">
          {mutation.data.message}
        </Alert>
        {signInLink}
      </Stack>
    );
  }

  return (
    <form {...formProps}>
      <Stack gap="md">
        <Text c="dimmed" size="sm">
          {t('forgotPassword.intro')}
        </Text>
        <FormErrorAlert error={mutation.error} />
        <TextInput name="email" type="email" label={t('common:fields.email')} autoComplete="email" inputMode="email" error={errors.email} />
        <Button type="submit" fullWidth size="md" loading={mutation.isPending}>
          {t('forgotPassword.submit')}
        </Button>
        {signInLink}
      </Stack>
    </form>
  );
}
