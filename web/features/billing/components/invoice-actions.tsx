import { Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { manualMethods, type Invoice } from '../../../../shared/features/billing/invoices.contract.ts';
import { currencyDigits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useApplyCredit, useCreditNote, useDeleteInvoice, useRecordPayment, useSendInvoice, useVoidInvoice } from '../api/invoices.ts';
import { typedNumber } from '../typed-number.ts';

type Dialog = null | 'send' | 'void' | 'delete' | 'credit' | 'payment' | 'apply';

/** An amount typed in major units, with the field the server names for it. */
function AmountField({ value, onChange, currency, error }: { value: number | string; onChange: (v: number | string) => void; currency: string; error?: string | undefined }) {
  const { t } = useTranslation('invoices');
  return <NumberInput label={t('actions.amount', { currency })} value={value} onChange={onChange} decimalScale={currencyDigits(currency)} fixedDecimalScale allowNegative={false} error={error} required data-autofocus />;
}

/** What the office can do with an invoice in its state: send, void, correct, record a payment, apply credit. */
export function InvoiceActions({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices');
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [reason, setReason] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [method, setMethod] = useState<(typeof manualMethods)[number]>('cash');
  const [reference, setReference] = useState('');
  const send = useSendInvoice(invoice.id);
  const voiding = useVoidInvoice(invoice.id);
  const remove = useDeleteInvoice(invoice.id);
  const credit = useCreditNote(invoice.id);
  const payment = useRecordPayment(invoice.id);
  const apply = useApplyCredit(invoice.customer.id);
  const close = () => {
    setDialog(null);
    setReason('');
    setAmount('');
    setReference('');
    for (const m of [send, voiding, remove, credit, payment, apply]) m.reset();
  };
  const typed = typedNumber(amount);
  const minor = typed === null ? Number.NaN : toMinorUnits(typed, invoice.currency);
  const money = (value: number) => formatMoney(value, invoice.currency);
  const owes = invoice.kind === 'invoice' && (invoice.status === 'sent' || invoice.status === 'partly_paid') && invoice.due > 0;
  const fieldsOf = (error: unknown) => (isApiError(error) ? error.fields : {});

  return (
    <>
      <Group gap="xs" wrap="wrap">
        {invoice.status === 'draft' ? (
          <>
            <Button onClick={() => setDialog('send')}>{t('detail.send')}</Button>
            <ButtonLink variant="light" to="/office/billing/invoices/$invoiceId/edit" params={{ invoiceId: invoice.id }}>
              {t('detail.edit')}
            </ButtonLink>
            <Button variant="subtle" color="red" onClick={() => setDialog('delete')}>
              {t('detail.delete')}
            </Button>
          </>
        ) : null}
        {owes ? (
          <>
            <Button onClick={() => setDialog('payment')}>{t('detail.recordPayment')}</Button>
            {invoice.customerCredit > 0 ? (
              <Button variant="light" onClick={() => setDialog('apply')}>
                {t('detail.applyCredit')}
              </Button>
            ) : null}
            <Button variant="light" onClick={() => setDialog('credit')}>
              {t('detail.creditNote')}
            </Button>
          </>
        ) : null}
        {invoice.kind === 'invoice' && invoice.status === 'sent' && invoice.paid === 0 ? (
          <Button variant="subtle" color="red" onClick={() => setDialog('void')}>
            {t('detail.void')}
          </Button>
        ) : null}
      </Group>

      <ConfirmModal
        opened={dialog === 'send'}
        onClose={close}
        title={t('actions.sendTitle')}
        confirmLabel={t('detail.send')}
        loading={send.isPending}
        error={send.error}
        onConfirm={() =>
          send.mutate(undefined, {
            onSuccess: (sent) => {
              notifications.show({ color: 'green', message: sent.emailed > 0 ? t('actions.sent', { number: sent.number, count: sent.emailed }) : t('actions.sentNobody', { number: sent.number }) });
              close();
            },
          })
        }
      >
        <Text size="sm">{t('actions.sendText')}</Text>
      </ConfirmModal>

      <ConfirmModal opened={dialog === 'delete'} onClose={close} title={t('actions.deleteTitle')} confirmLabel={t('detail.delete')} danger loading={remove.isPending} error={remove.error} onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate({ to: '/office/billing' }) })}>
        <Text size="sm">{t('actions.deleteText')}</Text>
      </ConfirmModal>

      <ConfirmModal opened={dialog === 'void'} onClose={close} title={t('actions.voidTitle')} confirmLabel={t('detail.void')} danger loading={voiding.isPending} error={voiding.error} onConfirm={() => voiding.mutate(reason, { onSuccess: close })}>
        <Stack>
          <Text size="sm">{t('actions.voidText')}</Text>
          <TextInput label={t('actions.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldsOf(voiding.error).reason} required maxLength={500} />
        </Stack>
      </ConfirmModal>

      <Modal opened={dialog === 'credit'} onClose={close} title={t('actions.creditTitle')}>
        <form onSubmit={(event) => (event.preventDefault(), credit.mutate({ amount: minor, reason }, { onSuccess: close }))}>
          <Stack>
            <Text size="sm">{t('actions.creditText', { due: money(invoice.due) })}</Text>
            <FormErrorAlert error={credit.error} />
            <AmountField value={amount} onChange={setAmount} currency={invoice.currency} error={fieldsOf(credit.error).amount} />
            <TextInput label={t('actions.reason')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldsOf(credit.error).reason} required maxLength={500} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('actions.cancel')}</Button>
              <Button type="submit" loading={credit.isPending}>{t('actions.confirm')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={dialog === 'payment'} onClose={close} title={t('actions.paymentTitle')}>
        <form onSubmit={(event) => (event.preventDefault(), payment.mutate({ method, amount: minor, reference: reference || null }, { onSuccess: close }))}>
          <Stack>
            <Text size="sm">{t('actions.paymentText', { due: money(invoice.due) })}</Text>
            <FormErrorAlert error={payment.error} />
            <Select label={t('actions.method')} data={manualMethods.map((m) => ({ value: m, label: t(`methods.${m}`) }))} value={method} onChange={(value) => setMethod((value as typeof method | null) ?? 'cash')} allowDeselect={false} />
            <AmountField value={amount} onChange={setAmount} currency={invoice.currency} error={fieldsOf(payment.error).amount} />
            <TextInput label={t('actions.reference')} value={reference} onChange={(event) => setReference(event.currentTarget.value)} maxLength={120} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('actions.cancel')}</Button>
              <Button type="submit" loading={payment.isPending}>{t('actions.confirm')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>

      <Modal opened={dialog === 'apply'} onClose={close} title={t('actions.applyTitle')}>
        <form onSubmit={(event) => (event.preventDefault(), apply.mutate({ invoiceId: invoice.id, amount: minor }, { onSuccess: close }))}>
          <Stack>
            <Text size="sm">{t('actions.applyText', { credit: money(invoice.customerCredit), due: money(invoice.due) })}</Text>
            <FormErrorAlert error={apply.error} />
            <AmountField value={amount} onChange={setAmount} currency={invoice.currency} error={fieldsOf(apply.error).amount} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>{t('actions.cancel')}</Button>
              <Button type="submit" loading={apply.isPending}>{t('actions.confirm')}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
