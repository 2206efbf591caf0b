import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['setup', 'common']);
  const [companyName, setCompanyName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const { errors, formProps } = useFormSubmit({
    schema: setupBodySchema,
    mutation,
    onValid: (values) => { mutation.mutate(values); },
  });

  const portalUrl = `${window.location.origin}/portal/${slug || t('slugExample')}`;

  return (
    <form {...formProps}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <TextInput
          name="setupCode"
          label={t('setupCode')}
          description={t('setupCodeHint')}
          autoComplete="off"
          spellCheck={false}
          error={errors.setupCode}
          data-autofocus
        />
        <TextInput
          name="companyName"
          label={t('companyName')}
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
          label={t('portalAddress')}
          description={
            <Trans
              t={t}
              i18nKey="portalAddressHint"
              values={{ url: portalUrl }}
              components={{ url: <Text span inherit fw={600} c="var(--mantine-color-text)" style={{ overflowWrap: 'anywhere' }} /> }}
            />
          }
          // i18n-exempt: the path every portal address begins with, not words
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
        <TextInput name="ownerName" label={t('ownerName')} autoComplete="name" error={errors.ownerName} />
        <TextInput
          name="ownerEmail"
          type="email"
          label={t('common:fields.email')}
          description={t('ownerEmailHint')}
          autoComplete="email"
          inputMode="email"
          error={errors.ownerEmail}
        />
        <NewPasswordField
          name="password"
          label={t('common:fields.password')}
          error={errors.password}
        />
        <Button type="submit" fullWidth size="md" loading={mutation.isPending}>
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
