import { Alert, Button, Group, NumberInput, Paper, Select, Stack, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../../shared/features/billing/invoices.contract.ts';
import { currencyDigits, fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useTaxRates } from '../api/billing-settings.ts';
import { typedNumber } from '../typed-number.ts';
import { useCreateInvoice, useCustomerOptions, useUpdateInvoice } from '../api/invoices.ts';
import { blankLine, LineEditor, type EditableLine } from './line-editor.tsx';

function CustomerPicker({ value, onChange, error }: { value: string | null; onChange: (id: string | null) => void; error?: string | undefined }) {
  const { t } = useTranslation('invoices');
  const [q, setQ] = useState('');
  const options = useCustomerOptions(q);
  return (
    <Select
      label={t('editor.customer')}
      placeholder={t('editor.customerSearch')}
      searchable
      searchValue={q}
      onSearchChange={setQ}
      filter={({ options: all }) => all}
      data={(options.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
      value={value}
      onChange={onChange}
      error={error}
      required
    />
  );
}

/** A new invoice, or a draft being changed: customer (new only), lines, notes and tip. */
export function InvoiceEditor({ invoice, customerId, currency }: { invoice?: Invoice; customerId?: string | undefined; currency: string }) {
  const { t } = useTranslation('invoices');
  const navigate = useNavigate();
  const rates = useTaxRates();
  const create = useCreateInvoice();
  const update = useUpdateInvoice(invoice?.id ?? '');
  const save = invoice ? update : create;
  const [customer, setCustomer] = useState<string | null>(customerId ?? null);
  const [lines, setLines] = useState<EditableLine[]>(
    invoice ? invoice.lines.map((l) => ({ description: l.description, quantity: l.quantity, unitPrice: l.unitPrice, discount: l.discount, taxRateId: l.taxRateId })) : [{ ...blankLine }],
  );
  const [notes, setNotes] = useState(invoice?.notes ?? '');
  const [tip, setTip] = useState<number | string>(invoice ? fromMinorUnits(invoice.tip, currency) : '');
  const fields = isApiError(save.error) ? save.error.fields : {};
  if (invoice && invoice.status !== 'draft') return <Alert color="yellow">{t('editor.notDraft')}</Alert>;
  const done = (saved: Invoice) => void navigate({ to: '/office/billing/invoices/$invoiceId', params: { invoiceId: saved.id } });
  return (
    <Stack>
      <PageHeader title={invoice ? t('editor.editTitle') : t('editor.newTitle')} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (invoice) update.mutate({ lines, notes: notes || null, tip: toMinorUnits(typedNumber(tip) ?? 0, currency) }, { onSuccess: done });
          else create.mutate({ customerId: customer ?? '', lines, notes: notes || null }, { onSuccess: done });
        }}
      >
        <Stack>
          <FormErrorAlert error={save.error} />
          <Paper withBorder radius="lg" p="md">
            <Stack>
              {invoice ? null : <CustomerPicker value={customer} onChange={setCustomer} error={fields.customerId} />}
              <LineEditor lines={lines} onChange={setLines} currency={currency} taxRates={rates.data?.items ?? []} errors={fields} />
              <Textarea label={t('editor.notes')} value={notes} onChange={(event) => setNotes(event.currentTarget.value)} autosize minRows={2} maxLength={2000} error={fields.notes} />
              {invoice ? (
                <NumberInput label={t('editor.tip', { currency })} value={tip} onChange={setTip} decimalScale={currencyDigits(currency)} fixedDecimalScale allowNegative={false} w={200} error={fields.tip} />
              ) : null}
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => (invoice ? done(invoice) : void navigate({ to: '/office/billing' }))}>
              {t('editor.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
