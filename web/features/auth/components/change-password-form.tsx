import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { NewPasswordField, PasswordField } from '../../../components/password-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { ChangePasswordBody } from '../api/change-password.ts';
import { changePasswordFormSchema } from './password-schemas.ts';

interface ChangePasswordFormProps {
  mutation: UseMutationResult<void, Error, ChangePasswordBody>;
}

export function ChangePasswordForm({ mutation }: ChangePasswordFormProps) {
  const { t } = useTranslation(['profile', 'auth']);
  const formRef = useRef<HTMLFormElement>(null);
  const schema = useMemo(() => changePasswordFormSchema(t('auth:password.mismatch')), [t]);
  const { errors, formProps } = useFormSubmit({
    schema,
    mutation,
    onValid: ({ currentPassword, newPassword }) => { mutation.mutate(
        { currentPassword, newPassword },
        {
          onSuccess: () => {
            formRef.current?.reset();
            notifications.show({
              color: 'teal',
              title: t('changePassword.doneTitle'),
              message: t('changePassword.doneMessage'),
            });
          },
        },
      ); },
  });

  return (
    <form ref={formRef} {...formProps}>
      <Stack gap="md" maw={420}>
        <FormErrorAlert error={mutation.error} />
        <PasswordField
          name="currentPassword"
          label={t('auth:password.current')}
          autoComplete="current-password"
          error={errors.currentPassword}
        />
        <NewPasswordField
          name="newPassword"
          label={t('auth:password.new')}
          error={errors.newPassword}
        />
        <PasswordField
          name="confirmPassword"
          label={t('auth:password.confirm')}
          autoComplete="new-password"
          error={errors.confirmPassword}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('changePassword.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
