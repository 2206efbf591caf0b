import { Button, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addons, type Addons } from '../../../../shared/features/addons/addons.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { useSaveAddons } from '../api/addons.ts';

/** One switch per add-on module; saving makes what they gate appear or disappear for the whole office. */
export function AddonsForm({ current, onSaved }: { current: Addons; onSaved: () => void }) {
  const { t } = useTranslation(['addons', 'common']);
  const [switches, setSwitches] = useState(current);
  const save = useSaveAddons();
  return (
    <Paper withBorder radius="lg" p="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate(switches, {
            onSuccess: () => {
              notifySaved(t('saved'));
              onSaved();
            },
          });
        }}
      >
        <Stack gap="lg" maw={640}>
          <Text c="dimmed">{t('intro')}</Text>
          {addons.map((addon) => (
            <Switch
              key={addon}
              name={addon}
              label={t(`${addon}.name`)}
              description={t(`${addon}.description`)}
              checked={switches[addon]}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setSwitches((before) => ({ ...before, [addon]: on }));
              }}
            />
          ))}
          {save.error ? <FormErrorAlert error={save.error} /> : null}
          <div>
            <Button type="submit" loading={save.isPending}>
              {t('common:actions.saveChanges')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}
