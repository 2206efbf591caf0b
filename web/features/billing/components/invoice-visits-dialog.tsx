import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useTaxRates } from '../api/billing-settings.ts';
import { useInvoiceVisits } from '../api/invoices.ts';

/** Completed visits of some days into draft invoices. */
export function InvoiceVisitsDialog({ opened, onClose, today }: { opened: boolean; onClose: () => void; today: string }) {
  const { t } = useTranslation('invoices');
  const run = useInvoiceVisits();
  const rates = useTaxRates();
  const [from, setFrom] = useState(`${today.slice(0, 8)}01`);
  const [to, setTo] = useState(today);
  const [taxRateId, setTaxRateId] = useState<string | null>(null);
  const fields = isApiError(run.error) ? run.error.fields : {};
  return (
    <Modal opened={opened} onClose={onClose} title={t('fromVisits.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          run.mutate(
            { from, to, taxRateId },
            {
              onSuccess: (result) => {
                notifications.show({ color: result.invoices > 0 ? 'green' : 'gray', message: result.invoices > 0 ? t('fromVisits.done', result) : t('fromVisits.nothing') });
                onClose();
              },
            },
          );
        }}
      >
        <Stack>
          <Text size="sm">{t('fromVisits.text')}</Text>
          <FormErrorAlert error={run.error} />
          <Group grow wrap="wrap">
            <TextInput type="date" label={t('fromVisits.from')} value={from} onChange={(event) => setFrom(event.currentTarget.value)} error={fields.from} required />
            <TextInput type="date" label={t('fromVisits.to')} value={to} onChange={(event) => setTo(event.currentTarget.value)} error={fields.to} required />
          </Group>
          <Select
            label={t('fromVisits.taxRate')}
            placeholder={t('fromVisits.noTax')}
            data={(rates.data?.items ?? []).filter((rate) => rate.active).map((rate) => ({ value: rate.id, label: t('lines.rateOption', { name: rate.name, percent: rate.rate / 100 }) }))}
            value={taxRateId}
            onChange={setTaxRateId}
            clearable
            error={fields.taxRateId}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('fromVisits.cancel')}
            </Button>
            <Button type="submit" loading={run.isPending}>
              {t('fromVisits.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
