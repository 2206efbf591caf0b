import { Button, Group, Modal, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CardPayment, Invoice, Refund } from '../../../../shared/features/billing/invoices.contract.ts';
import { currencyDigits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useRefundPayment } from '../api/invoices.ts';
import { brandName } from '../card-brand.ts';
import { typedNumber } from '../typed-number.ts';

/** What each card payment paid towards the invoice, its refunds, and a refund button while something is left. */
export function CardPayments({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices');
  const [refunding, setRefunding] = useState<CardPayment | null>(null);
  if (invoice.cardPayments.length === 0) return null;
  const money = (value: number) => formatMoney(value, invoice.currency);
  const cardOf = (payment: CardPayment) => t('cardPayments.card', { brand: brandName(payment.card.brand), last4: payment.card.last4 });
  return (
    <Paper withBorder radius="lg" p="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {t('cardPayments.title')}
      </Title>
      <Stack gap="sm">
        {invoice.cardPayments.map((payment) => (
          <Stack key={payment.id} gap={2}>
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={0}>
                <Text size="sm">{t('cardPayments.paid', { date: formatDate(payment.createdAt), card: cardOf(payment) })}</Text>
                {payment.tip > 0 ? <Text size="xs" c="dimmed">{t('cardPayments.withTip', { tip: money(payment.tip) })}</Text> : null}
              </Stack>
              <Group gap="sm" wrap="nowrap">
                <Stack gap={0} align="flex-end">
                  <Text size="sm" fw={600}>{money(payment.amount)}</Text>
                  {payment.refunded > 0 ? <Text size="xs" c="dimmed">{t('cardPayments.refunded', { amount: money(payment.refunded) })}</Text> : null}
                </Stack>
                {payment.refundable > 0 ? (
                  <Button size="xs" variant="default" aria-label={t('cardPayments.refundLabel', { date: formatDate(payment.createdAt), card: cardOf(payment) })} onClick={() => { setRefunding(payment); }}>
                    {t('cardPayments.refund')}
                  </Button>
                ) : null}
              </Group>
            </Group>
            {invoice.refunds.filter((refund) => refund.paymentId === payment.id).map((refund) => (
              <RefundLine key={refund.id} refund={refund} money={money} />
            ))}
          </Stack>
        ))}
      </Stack>
      {refunding ? <RefundDialog invoice={invoice} payment={refunding} card={cardOf(refunding)} onClose={() => { setRefunding(null); }} /> : null}
    </Paper>
  );
}

function RefundLine({ refund, money }: { refund: Refund; money: (value: number) => string }) {
  const { t } = useTranslation('invoices');
  const color = refund.status === 'failed' ? 'red.9' : 'dimmed';
  return (
    <Text size="xs" c={color} pl="md">
      {formatDate(refund.createdAt)} · {t(`cardPayments.refundStatus.${refund.status}`, { amount: money(refund.amount), reason: refund.reason, code: refund.failureCode ?? '' })}
    </Text>
  );
}

/**
 * Asks for the amount (all that is left, to start with) and a reason, and says to which card the
 * money goes back. The idempotency key is made once when the dialog opens: a double click, or the
 * same request sent again, finds the same refund and refunds nothing more.
 */
function RefundDialog({ invoice, payment, card, onClose }: { invoice: Invoice; payment: CardPayment; card: string; onClose: () => void }) {
  const { t } = useTranslation('invoices');
  const digits = currencyDigits(invoice.currency);
  const [amount, setAmount] = useState<number | string>(payment.refundable / 10 ** digits);
  const [reason, setReason] = useState('');
  const [key] = useState(() => crypto.randomUUID());
  const refund = useRefundPayment(invoice.id);
  const typed = typedNumber(amount);
  const minor = typed === null ? Number.NaN : toMinorUnits(typed, invoice.currency);
  const money = (value: number) => formatMoney(value, invoice.currency);
  const fields = isApiError(refund.error) ? refund.error.fields : {};

  const submit = () => {
    refund.mutate(
      { paymentId: payment.id, amount: minor, reason, idempotencyKey: key },
      {
        onSuccess: ({ refund: made }) => {
          const names = { amount: money(made.amount), card, code: made.failureCode ?? '' };
          notifications.show({ color: made.status === 'failed' ? 'red' : made.status === 'pending' ? 'yellow' : 'green', message: t(`refund.${made.status}`, names) });
          onClose();
        },
      },
    );
  };

  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{t('refund.title')}</Text>} centered>
      <form onSubmit={(event) => { event.preventDefault(); submit(); }}>
        <Stack>
          <Text size="sm" fw={600}>{t('refund.card', { card, date: formatDate(payment.createdAt) })}</Text>
          <Text size="sm">{t('refund.most', { amount: money(payment.refundable) })}</Text>
          {payment.tip > 0 ? <Text size="sm" c="dimmed">{t('refund.tipKept', { tip: money(payment.tip) })}</Text> : null}
          <Text size="sm" c="dimmed">{t('refund.owedAgain')}</Text>
          <FormErrorAlert error={refund.error} />
          <NumberInput label={t('refund.amount', { currency: invoice.currency })} value={amount} onChange={setAmount} decimalScale={digits} fixedDecimalScale allowNegative={false} error={fields.amount} required data-autofocus />
          <TextInput label={t('refund.reason')} value={reason} onChange={(event) => { setReason(event.currentTarget.value); }} error={fields.reason} required maxLength={500} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={refund.isPending}>{t('refund.cancel')}</Button>
            <Button type="submit" color="red.8" loading={refund.isPending} disabled={!(minor > 0)}>
              {t('refund.confirm', { amount: Number.isNaN(minor) ? '—' : money(minor), card })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
