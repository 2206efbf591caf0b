import { Button, Paper, Radio, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionScale, InspectionSettings } from '../../../../shared/features/inspections/inspections.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useUpdateInspectionSettings } from '../api/update-inspection-settings.ts';

/** The company's rating scale and whether its customers may inspect their own visits. */
export function InspectionSettingsForm({ settings, canEdit }: { settings: InspectionSettings; canEdit: boolean }) {
  const { t } = useTranslation('inspections');
  const [scale, setScale] = useState<InspectionScale>(settings.scale);
  const [customersInspectVisits, setCustomers] = useState(settings.customersInspectVisits);
  const save = useUpdateInspectionSettings();
  return (
    <Paper withBorder radius="lg" p="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ scale, customersInspectVisits }, { onSuccess: () => { notifySaved(t('settings.saved')); } });
        }}
      >
        <Stack gap="lg" maw={640}>
          <Radio.Group label={t('settings.scale')} description={t('settings.scaleHelp')} value={scale} onChange={(value) => { setScale(value as InspectionScale); }}>
            <Stack gap="xs" mt="xs">
              <Radio value="five_point" label={t('settings.fivePoint')} disabled={!canEdit} />
              <Radio value="pass_fail" label={t('settings.passFail')} disabled={!canEdit} />
            </Stack>
          </Radio.Group>
          <Switch
            label={t('settings.customers')}
            description={t('settings.customersHelp')}
            checked={customersInspectVisits}
            onChange={(event) => { setCustomers(event.currentTarget.checked); }}
            disabled={!canEdit}
          />
          <Text size="sm" c="dimmed">
            {t('settings.pastKept')}
          </Text>
          {save.error ? <FormErrorAlert error={save.error} /> : null}
          {canEdit ? (
            <div>
              <Button type="submit" loading={save.isPending}>
                {t('settings.save')}
              </Button>
            </div>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
