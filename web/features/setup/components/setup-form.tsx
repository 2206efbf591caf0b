import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { setupBodySchema } from '../../../../shared/features/setup/setup.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { NewPasswordField } from '../../../components/password-field.tsx';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import type { useCreateCompany } from '../api/create-company.ts';
import { slugify } from './slugify.ts';

interface SetupFormProps {
  mutation: ReturnType<typeof useCreateCompany>;
}

export function SetupForm({ mutation }: SetupFormProps) {
  const [companyName, setCompanyName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const { errors, formProps } = useFormSubmit({
    schema: setupBodySchema,
    mutation,
    onValid: (values) => { mutation.mutate(values); },
  });

  const portalUrl = `${window.location.origin}/portal/${slug || 'your-company'}`;

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput
          name="setupCode"
          label="Setup code"
          description="Printed on the server console when Porter started. It proves you run this server."
          autoComplete="off"
          spellCheck={false}
          error={errors.setupCode}
          data-autofocus
        />
        <TextInput
          name="companyName"
          label="Company name"
          autoComplete="organization"
          value={companyName}
          onChange={(event) => {
            const name = event.currentTarget.value;
            setCompanyName(name);
            if (!slugEdited) setSlug(slugify(name));
          }}
          error={errors.companyName}
        />
        <TextInput
          name="slug"
          label="Portal address"
          description={
            <>
              Your customers sign in at{' '}
              <Text span inherit fw={600} c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }}>
                {portalUrl}
              </Text>
            </>
          }
          leftSection={<Text size="sm" c="dimmed">/portal/</Text>}
          leftSectionWidth={64}
          autoComplete="off"
          spellCheck={false}
          value={slug}
          onChange={(event) => {
            setSlug(event.currentTarget.value);
            setSlugEdited(true);
          }}
          error={errors.slug}
        />
        <TextInput name="ownerName" label="Your name" autoComplete="name" error={errors.ownerName} />
        <TextInput
          name="ownerEmail"
          type="email"
          label="Email"
          description="You’ll sign in with this address."
          autoComplete="email"
          inputMode="email"
          error={errors.ownerEmail}
        />
        <NewPasswordField
          name="password"
          label="Password"
          error={errors.password}
        />
        <Button type="submit" fullWidth size="md" loading={mutation.isPending}>
          Create company
        </Button>
      </Stack>
    </form>
  );
}
