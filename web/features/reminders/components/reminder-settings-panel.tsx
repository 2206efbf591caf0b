import { Button, Card, Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderSettings } from '../../../../shared/features/reminders/reminders.contract.ts';
import { dateTimeFormat } from '../../../../shared/i18n/intl.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { useReminderSettings } from '../api/get-reminder-settings.ts';
import { useUpdateReminderSettings } from '../api/update-reminder-settings.ts';

/** "17:00" or "5:00 PM", as the reader writes the hour. */
function hourLabel(hour: number): string {
  return dateTimeFormat(formatLocale(), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2026, 0, 1, hour));
}

function ReminderHourForm({ settings }: { settings: ReminderSettings }) {
  const { t } = useTranslation('reminders');
  const mutation = useUpdateReminderSettings();
  const [hour, setHour] = useState(String(settings.reminderHour));
  const hours = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: hourLabel(h) }));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate({ reminderHour: Number(hour) }, { onSuccess: () => { notifySaved(t('settings.saved')); } });
      }}
    >
      <Stack gap="md" maw={360}>
        <FormErrorAlert error={mutation.error} />
        <Select
          label={t('settings.hour')}
          description={t('settings.hourHint')}
          data={hours}
          value={hour}
          onChange={(value) => { if (value !== null) setHour(value); }}
          allowDeselect={false}
          error={isApiError(mutation.error) ? mutation.error.fields.reminderHour : undefined}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** When the day's reminders go out, and a word on who chooses them. */
export function ReminderSettingsPanel() {
  const { t } = useTranslation('reminders');
  const query = useReminderSettings();
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Text c="dimmed" size="sm" mb="md" maw={640}>
        {t('settings.intro')}
      </Text>
      {query.data ? <ReminderHourForm settings={query.data} /> : <Skeleton height={90} maw={360} />}
      {query.data ? (
        <Text size="sm" mt="lg">
          {query.data.customersManageNotifications ? t('settings.customersManage') : t('settings.officeManages')}{' '}
          <AnchorLink to="/office/settings/portal" size="sm">
            {t('settings.changeWho')}
          </AnchorLink>
        </Text>
      ) : null}
    </Card>
  );
}
