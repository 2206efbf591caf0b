import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Invoice } from '../../../../shared/features/billing/invoices.contract.ts';
import { taxRatePercent } from '../../../../shared/features/billing/document-math.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatMoney } from '../../../lib/money.ts';
import { CardPayments } from './card-payments.tsx';
import { InvoiceActions } from './invoice-actions.tsx';
import { InvoiceStatusBadge } from './invoice-status-badge.tsx';
import { formatDate, formatDateOnly } from '../../../lib/format.ts';

/** An invoice or credit note as the office sees it, with what it can do next. */
export function InvoiceView({ invoice }: { invoice: Invoice }) {
  const { t } = useTranslation('invoices');
  const money = (value: number) => formatMoney(value, invoice.currency);
  const title = invoice.number ? t(invoice.kind === 'credit_note' ? 'detail.creditNoteTitle' : 'detail.title', { number: invoice.number }) : t('detail.draftTitle');
  return (
    <Stack>
      <Anchor component={AnchorLink} to="/office/billing" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <PageHeader title={title} description={<InvoiceStatusBadge status={invoice.status} overdue={invoice.overdue} />} actions={<InvoiceActions invoice={invoice} />} />
      <Paper withBorder radius="lg" p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <DetailField label={t('detail.customer')}>
            <AnchorLink to="/office/customers/$customerId" params={{ customerId: invoice.customer.id }}>
              {invoice.customer.name}
            </AnchorLink>
          </DetailField>
          <DetailField label={t('detail.issueDate')}>{invoice.issueDate ? formatDateOnly(invoice.issueDate) : '—'}</DetailField>
          <DetailField label={t('detail.dueDate')}>{invoice.dueDate ? formatDateOnly(invoice.dueDate) : '—'}</DetailField>
          {invoice.periodStart ? <DetailField label={t('detail.period')}>{`${invoice.periodStart} – ${invoice.periodEnd ?? ''}`}</DetailField> : null}
          {invoice.correctsInvoice ? (
            <DetailField label={t('detail.corrects')}>
              <AnchorLink to="/office/billing/invoices/$invoiceId" params={{ invoiceId: invoice.correctsInvoice.id }}>
                {invoice.correctsInvoice.number}
              </AnchorLink>
            </DetailField>
          ) : null}
        </SimpleGrid>
        {invoice.voidReason ? (
          <Text mt="sm" c="red" size="sm">
            {t('detail.voidReason', { reason: invoice.voidReason })}
          </Text>
        ) : null}
      </Paper>

      <Paper withBorder radius="lg" p="md">
        <Title order={2} size="h4" mb="sm">
          {t('detail.lines')}
        </Title>
        <Table.ScrollContainer minWidth={520}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('lines.description')}</Table.Th>
                <Table.Th ta="right">{t('lines.quantity')}</Table.Th>
                <Table.Th ta="right">{t('lines.unitPrice', { currency: invoice.currency })}</Table.Th>
                <Table.Th ta="right">{t('lines.discount', { currency: invoice.currency })}</Table.Th>
                <Table.Th>{t('lines.taxRate')}</Table.Th>
                <Table.Th ta="right">{t('columns.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invoice.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td ta="right">{line.quantity / 100}</Table.Td>
                  <Table.Td ta="right">{money(line.unitPrice)}</Table.Td>
                  <Table.Td ta="right">{line.discount > 0 ? money(line.discount) : '—'}</Table.Td>
                  <Table.Td>{line.taxName ? t('lines.rateOption', { name: line.taxName, percent: taxRatePercent(line.taxRate) }) : t('lines.noTax')}</Table.Td>
                  <Table.Td ta="right">{money(line.net + line.tax)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Stack gap={2} align="flex-end" mt="sm">
          <Text size="sm">{t('totals.subtotal', { amount: money(invoice.subtotal) })}</Text>
          {invoice.discountTotal > 0 ? <Text size="sm">{t('totals.discount', { amount: money(invoice.discountTotal) })}</Text> : null}
          <Text size="sm">{t('totals.tax', { amount: money(invoice.taxTotal) })}</Text>
          <Text fw={700}>{t('totals.total', { amount: money(invoice.total) })}</Text>
          {invoice.tip > 0 ? <Text size="sm">{t('detail.tip', { amount: money(invoice.tip) })}</Text> : null}
          {invoice.kind === 'invoice' && invoice.status !== 'draft' ? (
            <Group gap="md">
              <Text size="sm">{t('detail.paid', { amount: money(invoice.paid) })}</Text>
              <Text size="sm" fw={700}>
                {t('detail.due', { amount: money(invoice.due) })}
              </Text>
            </Group>
          ) : null}
          {invoice.customerCredit > 0 ? <Text size="sm" c="dimmed">{t('detail.credit', { amount: money(invoice.customerCredit) })}</Text> : null}
        </Stack>
        {invoice.notes ? (
          <DetailField label={t('detail.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {invoice.notes}
            </Text>
          </DetailField>
        ) : null}
      </Paper>

      {invoice.visits.length > 0 ? (
        <Paper withBorder radius="lg" p="md">
          <Title order={2} size="h4" mb="sm">
            {t('detail.visits')}
          </Title>
          <Stack gap={4}>
            {invoice.visits.map((visit) => (
              <Text key={visit.id} size="sm">
                {visit.name} · {formatDate(visit.startsAt, visit.timeZone)}
              </Text>
            ))}
          </Stack>
        </Paper>
      ) : null}

      {invoice.creditNotes.length > 0 ? (
        <Paper withBorder radius="lg" p="md">
          <Title order={2} size="h4" mb="sm">
            {t('detail.creditNotes')}
          </Title>
          <Stack gap={4}>
            {invoice.creditNotes.map((note) => (
              <Group key={note.id} justify="space-between">
                <AnchorLink to="/office/billing/invoices/$invoiceId" params={{ invoiceId: note.id }}>
                  {note.number}
                </AnchorLink>
                <Text size="sm">{money(note.total)}</Text>
              </Group>
            ))}
          </Stack>
        </Paper>
      ) : null}

      <CardPayments invoice={invoice} />

      {invoice.kind === 'invoice' && invoice.status !== 'draft' ? (
        <Paper withBorder radius="lg" p="md">
          <Title order={2} size="h4" mb="sm">
            {t('detail.history')}
          </Title>
          {invoice.ledger.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('detail.noHistory')}
            </Text>
          ) : (
            <Stack gap={4}>
              {invoice.ledger.map((entry) => (
                <Group key={entry.id} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {formatDate(entry.createdAt)} · {t(`ledger.${entry.kind}`)}
                    {entry.method ? ` · ${t(`methods.${entry.method as 'cash'}`)}` : ''}
                    {entry.reference ? ` · ${entry.reference}` : ''}
                  </Text>
                  <Text size="sm" fw={600}>
                    {entry.kind === 'refund' ? '−' : ''}
                    {money(entry.amount)}
                  </Text>
                </Group>
              ))}
            </Stack>
          )}
        </Paper>
      ) : null}
    </Stack>
  );
}
