import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
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
  const mutation = usePortalUpdateAccount(slug);
  const [statusEmails, setStatusEmails] = useState(me.user.requestStatusEmails);
  const { errors, formProps } = useFormSubmit({
    schema: portalAccountInputSchema,
    mutation,
    read: (data) => ({ ...Object.fromEntries(data), requestStatusEmails: statusEmails }),
    onValid: (values) => {
      mutation.mutate(values, { onSuccess: () => { notifySaved('Your details are up to date.'); } });
    },
  });

  return (
    <form {...formProps}>
      <Stack gap="md" maw={420}>
        <FormErrorAlert error={mutation.error} />
        <TextInput name="name" label="Name" autoComplete="name" defaultValue={me.user.name} error={errors.name} />
        <TextInput name="phone" type="tel" label="Phone" autoComplete="tel" defaultValue={me.user.phone ?? ''} error={errors.phone} />
        {/* A checkbox, not a switch: a switch promises to act at once, and this one waits for Save details. */}
        <Checkbox
          label="Email me when one of my requests changes status"
          description="Replies from us are always emailed."
          checked={statusEmails}
          onChange={(event) => { setStatusEmails(event.currentTarget.checked); }}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            Save details
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
