import { Alert, Button, Group, NumberInput, Paper, Radio, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../shared/features/billing/billing-settings.contract.ts';
import type { TaxRate } from '../../../../shared/features/billing/document-lines.contract.ts';
import { taxRatePercent } from '../../../../shared/features/billing/document-math.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useSaveBillingSettings, useSaveTaxRate } from '../api/billing-settings.ts';

function TaxRateRow({ rate, canEdit }: { rate: TaxRate; canEdit: boolean }) {
  const { t } = useTranslation('billingSettings');
  const save = useSaveTaxRate();
  return (
    <Table.Tr>
      <Table.Td>{rate.name}</Table.Td>
      <Table.Td>{taxRatePercent(rate.rate)}%</Table.Td>
      <Table.Td>
        <Switch
          aria-label={`${t('active')}: ${rate.name}`}
          checked={rate.active}
          disabled={!canEdit || save.isPending}
          onChange={(event) => save.mutate({ id: rate.id, name: rate.name, rate: rate.rate, active: event.currentTarget.checked })}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function AddTaxRate() {
  const { t } = useTranslation('billingSettings');
  const save = useSaveTaxRate();
  const [name, setName] = useState('');
  const [percent, setPercent] = useState<number | string>('');
  const fields = isApiError(save.error) ? save.error.fields : {};
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate(
          { name, rate: typeof percent === 'number' ? Math.round(percent * 100) : Number.NaN, active: true },
          {
            onSuccess: () => {
              setName('');
              setPercent('');
            },
          },
        );
      }}
    >
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('name')} value={name} onChange={(event) => setName(event.currentTarget.value)} error={fields.name} maxLength={60} required />
        <NumberInput label={t('rate')} value={percent} onChange={setPercent} decimalScale={2} min={0} max={100} allowNegative={false} error={fields.rate} w={120} required />
        <Button type="submit" loading={save.isPending}>
          {t('add')}
        </Button>
      </Group>
    </form>
  );
}

function SettingsForm({ settings, canEdit }: { settings: BillingSettings; canEdit: boolean }) {
  const { t } = useTranslation('billingSettings');
  const save = useSaveBillingSettings();
  const [grouping, setGrouping] = useState(settings.invoiceGrouping);
  const [dueDays, setDueDays] = useState<number | string>(settings.invoiceDueDays);
  const fields = isApiError(save.error) ? save.error.fields : {};
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ invoiceGrouping: grouping, invoiceDueDays: typeof dueDays === 'number' ? dueDays : Number.NaN }, { onSuccess: () => notifications.show({ color: 'green', message: t('saved') }) });
      }}
    >
      <Stack>
        <FormErrorAlert error={save.error} />
        <Radio.Group label={t('grouping')} value={grouping} onChange={(value) => setGrouping(value as BillingSettings['invoiceGrouping'])}>
          <Stack gap="xs" mt="xs">
            <Radio value="visit" label={t('groupingVisit')} disabled={!canEdit} />
            <Radio value="period" label={t('groupingPeriod')} disabled={!canEdit} />
          </Stack>
        </Radio.Group>
        <NumberInput label={t('dueDays')} description={t('dueDaysHelp')} value={dueDays} onChange={setDueDays} min={1} max={120} allowDecimal={false} error={fields.invoiceDueDays} disabled={!canEdit} w={240} />
        {canEdit ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** Settings → Billing: tax rates, how visits become invoices, and due days. */
export function BillingSettingsPanel({ settings, taxRates, canEdit }: { settings: BillingSettings; taxRates: TaxRate[]; canEdit: boolean }) {
  const { t } = useTranslation('billingSettings');
  return (
    <Stack>
      <Title order={2}>{t('title')}</Title>
      {canEdit ? null : <Alert color="gray">{t('adminsOnly')}</Alert>}
      <Paper withBorder radius="lg" p="md">
        <Stack>
          <Title order={3} size="h4">
            {t('taxRates')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('taxRatesHelp')}
          </Text>
          {taxRates.length === 0 ? (
            <Text size="sm">{t('noRates')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={300}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('name')}</Table.Th>
                    <Table.Th>{t('rate')}</Table.Th>
                    <Table.Th>{t('active')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {taxRates.map((rate) => (
                    <TaxRateRow key={rate.id} rate={rate} canEdit={canEdit} />
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {canEdit ? <AddTaxRate /> : null}
        </Stack>
      </Paper>
      <Paper withBorder radius="lg" p="md">
        <SettingsForm settings={settings} canEdit={canEdit} />
      </Paper>
    </Stack>
  );
}
