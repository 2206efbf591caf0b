import { Button, Group, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { companyInputSchema, type Company } from '../../../../shared/features/company/company.contract.ts';
import { languageNames, languages } from '../../../../shared/i18n/languages.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { TimeZoneSelect } from '../../../components/time-zone-select.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useSaveCompany } from '../api/company.ts';

interface CompanyFormProps {
  company: Company;
  onSaved: () => void;
}

export function CompanyForm({ company, onSaved }: CompanyFormProps) {
  const { t } = useTranslation(['company', 'common']);
  const save = useSaveCompany();
  const { errors, formProps } = useFormSubmit({
    schema: companyInputSchema,
    mutation: save,
    onValid: (values) =>
      save.mutate(values, {
        onSuccess: () => {
          notifySaved(t('saved'));
          onSaved();
        },
      }),
  });
  return (
    <form {...formProps}>
      <Stack gap="md" maw={640}>
        <FormErrorAlert error={save.error} />
        <TextInput name="name" label={t('name')} description={t('nameHint')} defaultValue={company.name} error={errors.name} required size="md" />
        <TimeZoneSelect name="timeZone" description={t('timeZoneHint')} defaultValue={company.timeZone} error={errors.timeZone} />
        <Select
          name="defaultLanguage"
          label={t('defaultLanguage')}
          description={t('defaultLanguageHint')}
          data={languages.map((language) => ({ value: language, label: languageNames[language] }))}
          defaultValue={company.defaultLanguage}
          allowDeselect={false}
          error={errors.defaultLanguage}
          size="md"
        />
        <Textarea name="address" label={t('address')} description={t('addressHint')} defaultValue={company.address ?? ''} error={errors.address} autosize minRows={2} maxLength={500} size="md" />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.saveChanges')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
