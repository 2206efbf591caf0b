import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { IconCreditCard, IconReceipt } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChargeResults, InvoicesToCharge } from '../../../../shared/features/billing/payments.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatDateOnly } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useChargeInvoices, useInvoicesToCharge } from '../api/invoices-to-charge.ts';

type Item = InvoicesToCharge['items'][number];

function ChargeOutcome({ results, currency }: { results: ChargeResults; currency: string }) {
  const { t } = useTranslation('autopay');
  return (
    <Alert color="blue" variant="light" role="status">
      <Stack gap={4}>
        {results.items.map((item) => {
          const payment = item.payment;
          const line = !payment
            ? t('results.skipped', { customer: item.customerName, reason: item.skipped ?? '' })
            : payment.status === 'succeeded'
              ? t('results.succeeded', { customer: item.customerName, amount: formatMoney(payment.amount, currency) })
              : payment.status === 'failed'
                ? t('results.failed', { customer: item.customerName, reason: payment.failureCode ?? '—' })
                : t('results.pending', { customer: item.customerName });
          return <Text key={item.customerId} size="sm">{line}</Text>;
        })}
      </Stack>
    </Alert>
  );
}

/**
 * Autopay customers' sent invoices, all selected, charged in bulk by the office: one charge per
 * customer to its default card, after a confirmation that names the count and the total.
 */
export function InvoicesToChargeList({ canCharge }: { canCharge: boolean }) {
  const { t } = useTranslation('autopay');
  const query = useInvoicesToCharge();
  const charge = useChargeInvoices();
  const [unselected, setUnselected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);

  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <TableSkeleton />;
  const { items, currency } = query.data;
  const chosen = items.filter((item) => !unselected.has(item.id));
  const total = chosen.reduce((sum, item) => sum + item.due + item.tip, 0);
  const customers = new Set(chosen.map((item) => item.customerId)).size;
  const toggle = (id: string, on: boolean) => {
    const next = new Set(unselected);
    if (on) next.delete(id);
    else next.add(id);
    setUnselected(next);
  };

  const columns: ListColumn<Item>[] = [
    ...(canCharge
      ? [{ key: 'select', header: t('selectAll'), hideHeader: true, card: 'aside' as const, width: 40, cell: (item: Item) => <Checkbox checked={!unselected.has(item.id)} onChange={(event) => { toggle(item.id, event.currentTarget.checked); }} aria-label={t('select', { number: item.number })} /> }]
      : []),
    { key: 'invoice', header: t('columns.invoice'), card: 'title', nowrap: true, cell: (item) => <Text fw={600}>{item.number}</Text> },
    { key: 'customer', header: t('columns.customer'), cell: (item) => item.customerName },
    { key: 'due', header: t('columns.due'), nowrap: true, cell: (item) => (item.dueDate ? formatDateOnly(item.dueDate) : '—') },
    { key: 'amount', header: t('columns.amount'), align: 'right', nowrap: true, cell: (item) => formatMoney(item.due, currency) },
    { key: 'tip', header: t('columns.tip'), align: 'right', nowrap: true, cell: (item) => (item.tip > 0 ? formatMoney(item.tip, currency) : '—') },
    { key: 'card', header: t('columns.card'), nowrap: true, cell: (item) => t('card', { brand: item.card.brand, last4: item.card.last4 }) },
    { key: 'lastFailure', header: t('columns.lastFailure'), cell: (item) => (item.lastFailure ? <Text c="red.8" size="sm">{t('declined', { reason: item.lastFailure })}</Text> : '—') },
  ];

  return (
    <Stack gap="md">
      {charge.data ? <ChargeOutcome results={charge.data} currency={currency} /> : null}
      {items.length === 0 ? (
        <EmptyState icon={<IconReceipt size={28} />} title={t('empty.title')} description={t('empty.text')} />
      ) : (
        <>
          <ResponsiveTable items={items} columns={columns} rowKey={(item) => item.id} label={t('title')} />
          {canCharge ? (
            <Group>
              <Button leftSection={<IconCreditCard size={18} aria-hidden />} disabled={chosen.length === 0} onClick={() => { setConfirming(true); }}>
                {t('charge', { count: chosen.length, total: formatMoney(total, currency) })}
              </Button>
            </Group>
          ) : null}
        </>
      )}
      <ConfirmModal
        opened={confirming}
        onClose={() => { setConfirming(false); }}
        title={t('confirm.title')}
        confirmLabel={t('confirm.action')}
        loading={charge.isPending}
        error={charge.error}
        onConfirm={() => {
          charge.mutate(chosen.map((item) => item.id), { onSuccess: () => { setConfirming(false); setUnselected(new Set()); } });
        }}
      >
        {t('confirm.text', { count: chosen.length, customers, total: formatMoney(total, currency) })}
      </ConfirmModal>
    </Stack>
  );
}
