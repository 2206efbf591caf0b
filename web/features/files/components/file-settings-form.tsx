import { Button, NumberInput, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileUploadLimits, type FileSettings } from '../../../../shared/features/files/files.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { useUpdateFileSettings } from '../api/update-file-settings.ts';

/** The company's upload size limit for location files and customer resources. */
export function FileSettingsForm({ current }: { current: FileSettings }) {
  const { t } = useTranslation('files');
  const [limit, setLimit] = useState<number | string>(current.uploadLimitMb);
  const save = useUpdateFileSettings();
  const fieldError = isApiError(save.error) ? save.error.fields?.uploadLimitMb : undefined;
  return (
    <Paper withBorder radius="lg" p="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ uploadLimitMb: Number(limit) }, { onSuccess: () => { notifySaved(t('settings.saved')); } });
        }}
      >
        <Stack gap="lg" maw={520}>
          <Text c="dimmed">{t('settings.description')}</Text>
          <NumberInput
            label={t('settings.limit')}
            description={t('settings.limitHint', { minimum: fileUploadLimits.minMb, maximum: fileUploadLimits.maxMb })}
            min={fileUploadLimits.minMb}
            max={fileUploadLimits.maxMb}
            allowDecimal={false}
            suffix=" MB"
            value={limit}
            error={fieldError}
            onChange={setLimit}
          />
          {save.error && !fieldError ? <FormErrorAlert error={save.error} /> : null}
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('settings.save')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
