import { Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { useRef } from 'react';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { NewPasswordField, PasswordField } from '../../../components/password-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { ChangePasswordBody } from '../api/change-password.ts';
import { changePasswordFormSchema } from './password-schemas.ts';

interface ChangePasswordFormProps {
  mutation: UseMutationResult<void, Error, ChangePasswordBody>;
}

export function ChangePasswordForm({ mutation }: ChangePasswordFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, formProps } = useFormSubmit({
    schema: changePasswordFormSchema,
    mutation,
    onValid: ({ currentPassword, newPassword }) => { mutation.mutate(
        { currentPassword, newPassword },
        {
          onSuccess: () => {
            formRef.current?.reset();
            notifications.show({
              color: 'teal',
              title: 'Password changed',
              message: 'Use your new password the next time you sign in.',
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
          label="Current password"
          autoComplete="current-password"
          error={errors.currentPassword}
        />
        <NewPasswordField
          name="newPassword"
          label="New password"
          error={errors.newPassword}
        />
        <PasswordField
          name="confirmPassword"
          label="Confirm new password"
          autoComplete="new-password"
          error={errors.confirmPassword}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
