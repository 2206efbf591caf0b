import { Button, FileInput, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxResourceDescriptionLength, maxResourceTitleLength, maxResourceUrlLength, type Resource } from '../../../../shared/features/resources/resources.contract.ts';
import { storedFileAccept } from '../../../../shared/features/files/files.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';

export type ResourceFormValues = { title: string; description: string; shared: boolean; url: string; file: File | null };

type Props = {
  /** A link or a file to add, or the resource to change. */
  mode: { add: 'link' | 'file' } | { edit: Resource };
  submitting: boolean;
  error: unknown;
  uploadLimitMb: number | null;
  onSubmit: (values: ResourceFormValues) => void;
};

/** The fields of a resource: a title, a line about it, who sees it, and the link's address or the file. */
export function ResourceForm({ mode, submitting, error, uploadLimitMb, onSubmit }: Props) {
  const { t } = useTranslation('resources');
  const editing = 'edit' in mode ? mode.edit : null;
  const kind = editing ? editing.kind : 'add' in mode ? mode.add : 'link';
  const [values, setValues] = useState<ResourceFormValues>({
    title: editing?.title ?? '',
    description: editing?.description ?? '',
    shared: editing?.shared ?? false,
    url: editing?.kind === 'link' ? editing.url : '',
    file: null,
  });
  const fields = isApiError(error) ? (error.fields ?? {}) : {};
  const set = (change: Partial<ResourceFormValues>) => { setValues((current) => ({ ...current, ...change })); };
  return (
    <form onSubmit={(event) => { event.preventDefault(); onSubmit(values); }} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={error} />
        <TextInput label={t('form.title')} placeholder={t('form.titlePlaceholder')} required maxLength={maxResourceTitleLength} value={values.title} error={fields.title} onChange={(event) => { set({ title: event.currentTarget.value }); }} />
        {kind === 'link' ? (
          <TextInput label={t('form.url')} placeholder={t('form.urlPlaceholder')} type="url" required maxLength={maxResourceUrlLength} value={values.url} error={fields.url} onChange={(event) => { set({ url: event.currentTarget.value }); }} />
        ) : null}
        {kind === 'file' && !editing ? (
          <Stack gap={4}>
            <FileInput label={t('form.file')} placeholder={t('form.filePlaceholder')} required accept={storedFileAccept} value={values.file} error={fields.file} onChange={(file) => { set({ file }); }} />
            {uploadLimitMb ? <Text size="sm" c="dimmed">{t('form.fileHint', { megabytes: uploadLimitMb })}</Text> : null}
          </Stack>
        ) : null}
        <Textarea label={t('form.description')} autosize minRows={2} maxLength={maxResourceDescriptionLength} value={values.description} error={fields.description} onChange={(event) => { set({ description: event.currentTarget.value }); }} />
        <Radio.Group label={t('form.visibility')} value={values.shared ? 'shared' : 'internal'} onChange={(value) => { set({ shared: value === 'shared' }); }}>
          <Stack gap="xs" mt="xs">
            <Radio value="internal" label={t('form.internal')} />
            <Radio value="shared" label={t('form.shared')} />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button type="submit" loading={submitting}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
