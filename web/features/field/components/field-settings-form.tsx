import { Button, Paper, Stack, Switch } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldSettings } from '../../../../shared/features/field/proof-of-service.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useUpdateFieldSettings } from '../api/update-field-settings.ts';

/** Whether the company emails customers the proof of service when a visit completes. */
export function FieldSettingsForm({ settings, canEdit }: { settings: FieldSettings; canEdit: boolean }) {
  const { t } = useTranslation('fieldSettings');
  const [proofOfServiceEmails, setEmails] = useState(settings.proofOfServiceEmails);
  const save = useUpdateFieldSettings();
  return (
    <Paper withBorder radius="lg" p="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ proofOfServiceEmails }, { onSuccess: () => { notifySaved(t('saved')); } });
        }}
      >
        <Stack gap="lg" maw={640}>
          <Switch
            label={t('proofOfServiceEmails')}
            description={t('proofOfServiceEmailsHelp')}
            checked={proofOfServiceEmails}
            onChange={(event) => { setEmails(event.currentTarget.checked); }}
            disabled={!canEdit}
          />
          {save.error ? <FormErrorAlert error={save.error} /> : null}
          {canEdit ? (
            <div>
              <Button type="submit" loading={save.isPending}>
                {t('save')}
              </Button>
            </div>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
