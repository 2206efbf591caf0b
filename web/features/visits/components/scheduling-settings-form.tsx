import { Button, Card, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  currencyCodes,
  maxArrivalWindowMinutes,
  maxCalendarFeedDays,
  maxSkipCutoffHours,
  schedulingSettingsSchema,
  type SchedulingSettingsResponse,
} from '../../../../shared/features/visits/scheduling-settings.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { notifySaved } from '../../../lib/error-message.ts';
import { checkedField, textField } from '../../../lib/form-data.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { useFormSubmit } from '../../../lib/use-form-submit.ts';
import { useUpdateSchedulingSettings } from '../api/update-scheduling-settings.ts';

/** A number input's text as a number; left empty it stays missing, so the check says "Enter a number". */
function numberField(data: FormData, name: string): number | undefined {
  const text = textField(data, name).trim();
  return text === '' ? undefined : Number(text);
}

function readSettings(data: FormData): unknown {
  return {
    showArrivalWindow: checkedField(data, 'showArrivalWindow'),
    arrivalWindowBeforeMinutes: numberField(data, 'arrivalWindowBeforeMinutes'),
    arrivalWindowAfterMinutes: numberField(data, 'arrivalWindowAfterMinutes'),
    businessHoursOpens: textField(data, 'businessHoursOpens'),
    businessHoursCloses: textField(data, 'businessHoursCloses'),
    skipCutoffHours: numberField(data, 'skipCutoffHours'),
    calendarFeedDays: numberField(data, 'calendarFeedDays'),
    currency: textField(data, 'currency'),
  };
}

function Section({ title, description, children }: { title: string; description?: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={description ? 4 : 'md'}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" mb="md">
          {description}
        </Text>
      ) : null}
      {children}
    </Card>
  );
}

/** "DKK — Danish Krone", in the reader's language, for every currency the browser knows. */
function useCurrencyOptions() {
  return useMemo(() => {
    const names = new Intl.DisplayNames(formatLocale(), { type: 'currency' });
    return currencyCodes.map((code) => ({ value: code, label: `${code} — ${names.of(code) ?? code}` }));
  }, []);
}

interface SchedulingSettingsFormProps {
  settings: SchedulingSettingsResponse;
  canEdit: boolean;
}

export function SchedulingSettingsForm({ settings, canEdit }: SchedulingSettingsFormProps) {
  const { t } = useTranslation('schedulingSettings');
  const mutation = useUpdateSchedulingSettings();
  const currencies = useCurrencyOptions();
  const { errors, formProps } = useFormSubmit({
    schema: schedulingSettingsSchema,
    mutation,
    read: readSettings,
    onValid: (values) => {
      mutation.mutate(values, { onSuccess: () => { notifySaved(t('saved')); } });
    },
  });
  const whole = { allowDecimal: false, allowNegative: false, size: 'md', maw: 260 } as const;

  return (
    <form {...formProps}>
      <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Stack gap="lg" maw={860}>
          <FormErrorAlert error={mutation.error} />
          <Section title={t('arrival.title')} description={t('arrival.description')}>
            <Stack gap="md">
              <Switch name="showArrivalWindow" size="md" label={t('arrival.show')} description={t('arrival.showHint')} defaultChecked={settings.showArrivalWindow} />
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                <NumberInput {...whole} name="arrivalWindowBeforeMinutes" label={t('arrival.before')} defaultValue={settings.arrivalWindowBeforeMinutes} min={0} max={maxArrivalWindowMinutes} error={errors.arrivalWindowBeforeMinutes} />
                <NumberInput {...whole} name="arrivalWindowAfterMinutes" label={t('arrival.after')} defaultValue={settings.arrivalWindowAfterMinutes} min={0} max={maxArrivalWindowMinutes} error={errors.arrivalWindowAfterMinutes} />
              </SimpleGrid>
            </Stack>
          </Section>
          <Section title={t('hours.title')} description={t('hours.description')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <TextInput type="time" name="businessHoursOpens" size="md" maw={260} label={t('hours.opens')} defaultValue={settings.businessHoursOpens} error={errors.businessHoursOpens} />
              <TextInput type="time" name="businessHoursCloses" size="md" maw={260} label={t('hours.closes')} defaultValue={settings.businessHoursCloses} error={errors.businessHoursCloses} />
            </SimpleGrid>
          </Section>
          <Section title={t('customers.title')}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <NumberInput {...whole} name="skipCutoffHours" label={t('customers.skipCutoff')} description={t('customers.skipCutoffHint')} defaultValue={settings.skipCutoffHours} min={0} max={maxSkipCutoffHours} error={errors.skipCutoffHours} />
              <NumberInput {...whole} name="calendarFeedDays" label={t('customers.feedDays')} description={t('customers.feedDaysHint')} defaultValue={settings.calendarFeedDays} min={1} max={maxCalendarFeedDays} error={errors.calendarFeedDays} />
            </SimpleGrid>
          </Section>
          <Section title={t('currency.title')}>
            <Select
              name="currency"
              size="md"
              maw={420}
              label={t('currency.label')}
              description={t('currency.hint')}
              data={currencies}
              defaultValue={settings.currency}
              searchable
              allowDeselect={false}
              error={errors.currency}
            />
          </Section>
          {canEdit ? (
            <Group>
              <Button type="submit" loading={mutation.isPending}>
                {t('save')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </fieldset>
    </form>
  );
}
