import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconMailCheck, IconMailForward } from '@tabler/icons-react';
import { useRef } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { emailChangeBodySchema, type PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { PasswordField } from '../../../components/password-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { usePortalRequestEmailChange } from '../api/portal-request-email-change.ts';

interface PortalEmailFormProps {
  slug: string;
  me: PortalMe;
}

export function PortalEmailForm({ slug, me }: PortalEmailFormProps) {
  const { t } = useTranslation(['profile', 'auth']);
  const formRef = useRef<HTMLFormElement>(null);
  const mutation = usePortalRequestEmailChange(slug);
  const { errors, formProps } = useFormSubmit({
    schema: emailChangeBodySchema,
    mutation,
    onValid: (values) => { mutation.mutate(values, { onSuccess: () => formRef.current?.reset() }); },
  });

  return (
    <form ref={formRef} {...formProps}>
      <Stack gap="md" maw={420}>
        <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          <Trans t={t} i18nKey="emailChange.intro" values={{ email: me.user.email }} components={{ b: <strong /> }} />
        </Text>
        {mutation.isSuccess ? (
          <Alert color="teal" variant="light" icon={<IconMailCheck size={20} />} role="status">
            {mutation.data.message}
          </Alert>
        ) : null}
        {me.user.pendingEmail ? (
          <Alert color="blue" variant="light" icon={<IconMailForward size={20} />}>
            <Text inherit style={{ overflowWrap: 'anywhere' }}>
              {t('emailChange.pending', { email: me.user.pendingEmail })}
            </Text>
          </Alert>
        ) : null}
        <FormErrorAlert error={mutation.error} />
        <TextInput name="newEmail" type="email" label={t('emailChange.newEmail')} autoComplete="email" inputMode="email" error={errors.newEmail} />
        <PasswordField name="currentPassword" label={t('auth:password.current')} autoComplete="current-password" error={errors.currentPassword} />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('emailChange.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
