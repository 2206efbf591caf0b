import { Alert, Badge, Button, Card, Checkbox, Divider, Group, NumberInput, Radio, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCreditCard, IconFlask, IconHourglass, IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Payment, PayPage } from '../../../../shared/features/billing/payments.contract.ts';
import { currencyDigits, fromMinorUnits, toMinorUnits } from '../../../../shared/i18n/money.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';
import { formatDateOnly } from '../../../lib/format.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { formatMoney } from '../../../lib/money.ts';
import { usePayPage } from '../api/get-pay-page.ts';
import { usePayInvoices, usePrepay, useRefreshPayment } from '../api/pay-invoices.ts';
import { brandName } from '../card-brand.ts';
import { typedNumber } from '../typed-number.ts';

type Choice = { selected: Set<string>; tips: Record<string, number>; cardId: string | null };

function initialChoice(page: PayPage): Choice {
  return {
    selected: new Set(page.invoices.filter((invoice) => invoice.selected).map((invoice) => invoice.id)),
    tips: Object.fromEntries(page.invoices.map((invoice) => [invoice.id, invoice.tip])),
    cardId: page.cards.find((card) => card.isDefault)?.id ?? page.cards[0]?.id ?? null,
  };
}

function totalsOf(page: PayPage, choice: Choice) {
  const chosen = page.invoices.filter((invoice) => choice.selected.has(invoice.id));
  const invoices = chosen.reduce((sum, invoice) => sum + invoice.due, 0);
  const tips = chosen.reduce((sum, invoice) => sum + (choice.tips[invoice.id] ?? 0), 0);
  return { chosen, invoices, tips, total: invoices + tips };
}

function Summary({ page, choice }: { page: PayPage; choice: Choice }) {
  const { t } = useTranslation('portalPay');
  const totals = totalsOf(page, choice);
  const row = (label: string, amount: number, strong = false) => (
    <Group justify="space-between" gap="sm">
      <Text fw={strong ? 700 : 400}>{label}</Text>
      <Text fw={strong ? 700 : 400} data-testid={strong ? 'pay-total' : undefined}>
        {formatMoney(amount, page.currency)}
      </Text>
    </Group>
  );
  return (
    <Stack gap={4}>
      {row(t('summary.invoices'), totals.invoices)}
      {totals.tips > 0 ? row(t('summary.tips'), totals.tips) : null}
      <Divider my={4} />
      {row(t('summary.total'), totals.total, true)}
    </Stack>
  );
}

/** A tip as typed: anything empty, unreadable or below zero is no tip. */
function tipOf(value: number | string, currency: string): number {
  const amount = typedNumber(value);
  return amount !== null && amount > 0 ? toMinorUnits(amount, currency) : 0;
}

function InvoiceChoices({ page, choice, onChange }: { page: PayPage; choice: Choice; onChange: (choice: Choice) => void }) {
  const { t } = useTranslation('portalPay');
  const digits = currencyDigits(page.currency);
  return (
    <Checkbox.Group
      label={t('invoices.legend')}
      value={[...choice.selected]}
      onChange={(ids) => { onChange({ ...choice, selected: new Set(ids) }); }}
    >
      <Stack gap="sm" mt="xs">
        {page.invoices.map((invoice) => (
          <Card key={invoice.id} withBorder radius="md" padding="md">
            <Group wrap="nowrap" align="flex-start" gap="md">
              <Checkbox value={invoice.id} disabled={invoice.inFlight} aria-label={t('invoices.number', { number: invoice.number })} mt={2} />
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Group justify="space-between" gap="sm" wrap="nowrap" align="baseline">
                  <Text fw={600}>{t('invoices.number', { number: invoice.number })}</Text>
                  <Text fw={600} style={{ flexShrink: 0 }}>
                    {formatMoney(invoice.due, page.currency)}
                  </Text>
                </Group>
                <Group gap="xs">
                  {invoice.dueDate ? (
                    <Text size="sm" c="dimmed">
                      {t('invoices.due', { date: formatDateOnly(invoice.dueDate) })}
                    </Text>
                  ) : null}
                  {invoice.overdue ? (
                    <Badge color="red" variant="light" tt="none">
                      {t('invoices.overdue')}
                    </Badge>
                  ) : null}
                  {invoice.inFlight ? (
                    <Badge color="yellow" variant="light" tt="none">
                      {t('invoices.inFlight')}
                    </Badge>
                  ) : null}
                </Group>
                {choice.selected.has(invoice.id) ? (
                  <NumberInput
                    label={t('invoices.tip')}
                    description={t('invoices.tipHint')}
                    min={0}
                    decimalScale={digits}
                    fixedDecimalScale
                    maw={220}
                    value={fromMinorUnits(choice.tips[invoice.id] ?? 0, page.currency)}
                    onChange={(value) => { onChange({ ...choice, tips: { ...choice.tips, [invoice.id]: tipOf(value, page.currency) } }); }}
                  />
                ) : null}
              </Stack>
            </Group>
          </Card>
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function CardChoice({ page, choice, onChange }: { page: PayPage; choice: Choice; onChange: (choice: Choice) => void }) {
  const { t } = useTranslation('portalPay');
  return (
    <Radio.Group label={t('card.legend')} value={choice.cardId ?? ''} onChange={(cardId) => { onChange({ ...choice, cardId }); }}>
      <Stack gap="xs" mt="xs">
        {page.cards.map((card) => (
          <Radio
            key={card.id}
            value={card.id}
            label={
              <Group gap="xs">
                <Text>{t('card.label', { brand: brandName(card.brand), last4: card.last4 })}</Text>
                {card.isDefault ? (
                  <Badge variant="light" tt="none">
                    {t('card.default')}
                  </Badge>
                ) : null}
              </Group>
            }
            description={t('card.expires', { month: String(card.expMonth).padStart(2, '0'), year: card.expYear })}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}

/**
 * Paying ahead, where the company allows it: charged to the default card now, held as credit until
 * the office applies it to an invoice (it never settles one by itself).
 */
function PrepayCard({ slug, locationId, page, readOnly, onDone }: { slug: string; locationId: string; page: PayPage; readOnly: boolean; onDone: (payment: Payment) => void }) {
  const { t } = useTranslation('portalPay');
  const prepay = usePrepay(slug, locationId);
  const [amount, setAmount] = useState<number | string>('');
  const [key] = useState(() => crypto.randomUUID());
  const typed = typedNumber(amount);
  const minor = typed === null ? 0 : toMinorUnits(typed, page.currency);
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('prepay.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('prepay.text', { credit: formatMoney(page.credit, page.currency) })}
        </Text>
        <ReadOnlyFieldset readOnly={readOnly}>
          <Group align="flex-end" gap="sm">
            <NumberInput label={t('prepay.amount')} min={0} decimalScale={currencyDigits(page.currency)} fixedDecimalScale maw={200} value={amount} onChange={setAmount} error={isApiError(prepay.error) ? prepay.error.fields.amount : undefined} />
            <Button variant="light" loading={prepay.isPending} disabled={minor <= 0} onClick={() => { prepay.mutate({ amount: minor, cardId: null, idempotencyKey: `${key}-${minor}` }, { onSuccess: onDone }); }}>
              {t('prepay.pay', { amount: formatMoney(minor, page.currency) })}
            </Button>
          </Group>
        </ReadOnlyFieldset>
      </Stack>
    </Card>
  );
}

/** What the gateway answered, and what the customer can do next. */
function PaymentOutcome({ slug, locationId, payment, onAgain }: { slug: string; locationId: string; payment: Payment; onAgain: () => void }) {
  const { t } = useTranslation('portalPay');
  const refresh = useRefreshPayment(slug, locationId);
  const shown = refresh.data ?? payment;
  const total = formatMoney(shown.amount, shown.currency);
  const back = (
    <Group gap="sm">
      <ButtonLink to="/portal/$slug/billing" params={{ slug }} variant="default">
        {t('result.backToBilling')}
      </ButtonLink>
      <Button variant="subtle" onClick={onAgain}>
        {t('result.payMore')}
      </Button>
    </Group>
  );
  if (shown.status === 'succeeded') {
    return (
      <Stack gap="md">
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={20} />} role="status">
          {t('result.succeeded', { total, brand: brandName(shown.card.brand), last4: shown.card.last4 })}
        </Alert>
        {back}
      </Stack>
    );
  }
  if (shown.status === 'failed') {
    return (
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} />} role="alert">
          {t('result.failed', { reason: shown.failureCode ?? '—' })}
        </Alert>
        {back}
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" icon={shown.status === 'requires_action' ? <IconLock size={20} /> : <IconHourglass size={20} />} role="status">
        {shown.status === 'requires_action' ? t('result.requiresAction') : t('result.pending')}
      </Alert>
      <Group gap="sm">
        {shown.status === 'requires_action' && shown.nextActionUrl ? (
          <Button component="a" href={shown.nextActionUrl}>
            {t('result.finish')}
          </Button>
        ) : null}
        <Button variant="default" loading={refresh.isPending} onClick={() => { refresh.mutate(shown.id); }}>
          {t('result.checkAgain')}
        </Button>
      </Group>
      <FormErrorAlert error={refresh.error} />
    </Stack>
  );
}

/**
 * Paying invoices: every invoice still owed is selected (untick to leave one for later), a tip may
 * go on any of them, and a confirmation step shows the card and the total before anything is
 * charged. The payment's idempotency key is made when the confirmation opens, so a double click or
 * a retry of the same confirmation is one charge.
 */
export function PayInvoicesView({ slug, locationId, companyName, readOnly, returnedPaymentId }: { slug: string; locationId: string; companyName: string; readOnly: boolean; returnedPaymentId?: string }) {
  const { t } = useTranslation('portalPay');
  const query = usePayPage(slug, locationId);
  const pay = usePayInvoices(slug, locationId);
  const refresh = useRefreshPayment(slug, locationId);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Payment | null>(null);

  // Back from the bank's second step: ask the gateway how it ended.
  useEffect(() => {
    if (!returnedPaymentId) return;
    refresh.mutate(returnedPaymentId, { onSuccess: setOutcome });
  }, [returnedPaymentId]);

  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <Skeleton height={320} radius="lg" />;
  const page = query.data;
  const current = choice ?? initialChoice(page);
  const again = () => {
    setOutcome(null);
    setChoice(null);
    setConfirming(null);
    pay.reset();
  };

  if (outcome) return <PaymentOutcome slug={slug} locationId={locationId} payment={outcome} onAgain={again} />;
  const prepayCard = page.allowPrepayments && page.cards.length > 0 ? <PrepayCard slug={slug} locationId={locationId} page={page} readOnly={readOnly} onDone={setOutcome} /> : null;
  if (page.invoices.length === 0) {
    return (
      <Stack gap="lg">
        <EmptyState icon={<IconCircleCheck size={28} />} title={t('nothingOwed.title')} description={t('nothingOwed.message', { company: companyName })} />
        {prepayCard}
      </Stack>
    );
  }

  const totals = totalsOf(page, current);
  const card = page.cards.find((c) => c.id === current.cardId);
  const testBanner = page.testGateway ? (
    <Alert color="grape" variant="light" icon={<IconFlask size={20} />}>
      {t('testGateway')}
    </Alert>
  ) : null;

  if (page.cards.length === 0) {
    return (
      <Stack gap="md">
        <Alert color="yellow" variant="light" icon={<IconCreditCard size={20} />} title={t('noCard.title')}>
          {t('noCard.message')}
        </Alert>
        <Group>
          <ButtonLink to="/portal/$slug/billing/cards" params={{ slug }}>
            {t('noCard.action')}
          </ButtonLink>
        </Group>
      </Stack>
    );
  }

  if (confirming && card) {
    return (
      <Card withBorder padding="lg" shadow="xs">
        <Stack gap="md">
          <Title order={2} fz="lg">
            {t('confirm.title')}
          </Title>
          {testBanner}
          <Group justify="space-between">
            <Text>{t('confirm.card')}</Text>
            <Text fw={600}>{t('card.label', { brand: brandName(card.brand), last4: card.last4 })}</Text>
          </Group>
          <Summary page={page} choice={current} />
          <FormErrorAlert error={pay.error} />
          <ReadOnlyFieldset readOnly={readOnly}>
            <Group gap="sm">
              <Button
                size="md"
                loading={pay.isPending}
                onClick={() => {
                  pay.mutate(
                    {
                      invoiceIds: totals.chosen.map((invoice) => invoice.id),
                      tips: Object.fromEntries(totals.chosen.map((invoice) => [invoice.id, current.tips[invoice.id] ?? 0])),
                      cardId: card.id,
                      idempotencyKey: confirming,
                    },
                    { onSuccess: setOutcome },
                  );
                }}
              >
                {t('confirm.pay', { total: formatMoney(totals.total, page.currency) })}
              </Button>
              <Button variant="default" disabled={pay.isPending} onClick={() => { setConfirming(null); }}>
                {t('confirm.back')}
              </Button>
            </Group>
          </ReadOnlyFieldset>
        </Stack>
      </Card>
    );
  }

  return (
    <Stack gap="lg">
      {testBanner}
      <InvoiceChoices page={page} choice={current} onChange={setChoice} />
      <CardChoice page={page} choice={current} onChange={setChoice} />
      <Card withBorder padding="lg" shadow="xs">
        <Stack gap="md">
          <Summary page={page} choice={current} />
          <Group gap="sm">
            <Button size="md" disabled={totals.chosen.length === 0 || !card} onClick={() => { setConfirming(crypto.randomUUID()); }}>
              {t('review')}
            </Button>
            {totals.chosen.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('chooseFirst')}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </Card>
      {prepayCard}
    </Stack>
  );
}
