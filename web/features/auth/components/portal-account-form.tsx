import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portalAccountInputSchema, type PortalMe } from '../../../../shared/features/auth/portal-auth.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { usePortalUpdateAccount } from '../api/portal-update-account.ts';

interface PortalAccountFormProps {
  slug: string;
  me: PortalMe;
}

export function PortalAccountForm({ slug, me }: PortalAccountFormProps) {
  const { t } = useTranslation(['profile', 'common']);
  const mutation = usePortalUpdateAccount(slug);
  const [statusEmails, setStatusEmails] = useState(me.user.requestStatusEmails);
  const { errors, formProps } = useFormSubmit({
    schema: portalAccountInputSchema,
    mutation,
    read: (data) => ({ ...Object.fromEntries(data), requestStatusEmails: statusEmails }),
    onValid: (values) => {
      mutation.mutate(values, { onSuccess: () => { notifySaved(t('account.saved')); } });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="md" maw={420}>
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label={t('common:fields.name')} autoComplete="name" defaultValue={me.user.name} error={errors.name} />
        <TextInput name="phone" type="tel" label={t('common:fields.phone')} autoComplete="tel" defaultValue={me.user.phone ?? ''} error={errors.phone} />
        {/* A checkbox, not a switch: a switch promises to act at once, and this one waits for Save details. */}
        <Checkbox
          label={t('account.statusEmails')}
          description={t('account.statusEmailsHint')}
          checked={statusEmails}
          onChange={(event) => { setStatusEmails(event.currentTarget.checked); }}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('account.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
