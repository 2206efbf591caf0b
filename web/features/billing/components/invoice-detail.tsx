import { Badge, Button, Card, Divider, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload, IconStar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Line } from '../../../../shared/features/billing/document-lines.contract.ts';
import { taxRatePercent } from '../../../../shared/features/billing/document-math.ts';
import type { PortalInvoiceDetail } from '../../../../shared/features/billing/portal-billing.contract.ts';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { invoicePdfUrl } from '../api/get-portal-billing.ts';
import { formatDay } from './invoice-list.tsx';
import { PayNowButton } from './billing-panels.tsx';
import { PortalInvoiceStatusBadge } from './portal-invoice-status-badge.tsx';

interface InvoiceDetailProps {
  slug: string;
  locationId: string;
  invoice: PortalInvoiceDetail;
  language: string;
  timeZone: string;
}

/** One invoice: its lines and totals, what paid it, credit notes against it, and its visits to rate. */
export function InvoiceDetail({ slug, locationId, invoice, language, timeZone }: InvoiceDetailProps) {
  const { t } = useTranslation('portalBilling');
  const money = (amount: number) => formatMoney(amount, invoice.currency);
  const lineColumns: ListColumn<Line>[] = [
    { key: 'description', header: t('pdf.columns.description'), card: 'title', cell: (line) => line.description },
    { key: 'net', header: t('invoice.net'), card: 'aside', align: 'right', nowrap: true, cell: (line) => <Text fw={600} size="sm">{money(line.net)}</Text> },
    { key: 'quantity', header: t('invoice.quantity'), align: 'right', nowrap: true, cell: (line) => formatNumber(line.quantity / 100) },
    { key: 'unitPrice', header: t('invoice.unitPrice'), align: 'right', nowrap: true, cell: (line) => money(line.unitPrice) },
    { key: 'discount', header: t('invoice.discount'), align: 'right', nowrap: true, cell: (line) => (line.discount > 0 ? money(line.discount) : '—') },
    { key: 'tax', header: t('invoice.tax'), align: 'right', nowrap: true, cell: (line) => (line.taxRate > 0 ? `${money(line.tax)} (${formatNumber(taxRatePercent(line.taxRate))}%)` : money(line.tax)) },
  ];
  const totalRow = (label: string, value: string, strong = false) => (
    <Table.Tr key={label}>
      <Table.Td ta="right">{strong ? <b>{label}</b> : label}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {strong ? <b>{value}</b> : value}
      </Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg" shadow="sm">
        <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={2} fz="xl">
                {invoice.number}
              </Title>
              <PortalInvoiceStatusBadge invoice={invoice} />
            </Group>
            {invoice.issueDate ? <Text c="dimmed" size="sm">{t('invoice.issued', { date: formatDay(invoice.issueDate) })}</Text> : null}
            {invoice.dueDate ? <Text c={invoice.overdue ? 'red.9' : 'dimmed'} size="sm">{t('invoice.dueOn', { date: formatDay(invoice.dueDate) })}</Text> : null}
            {invoice.periodStart && invoice.periodEnd ? <Text c="dimmed" size="sm">{t('invoice.period', { from: formatDay(invoice.periodStart), to: formatDay(invoice.periodEnd) })}</Text> : null}
          </Stack>
          <Group gap="sm">
            <Button component="a" href={invoicePdfUrl(slug, locationId, invoice.id, language)} download variant="light" leftSection={<IconDownload size={18} aria-hidden />}>
              {t('invoice.download')}
            </Button>
            {invoice.due > 0 ? <PayNowButton slug={slug} /> : null}
          </Group>
        </Group>
      </Card>

      <Stack gap="sm" component="section">
        <Title order={2} fz="lg">
          {t('invoice.lines')}
        </Title>
        <ResponsiveTable items={invoice.lines} columns={lineColumns} rowKey={(line) => line.id} label={t('invoice.lines')} minWidth={640} />
        <Table maw={420} ml="auto" withRowBorders={false} verticalSpacing={4}>
          <Table.Tbody>
            {totalRow(t('invoice.subtotal'), money(invoice.subtotal))}
            {invoice.discountTotal > 0 ? totalRow(t('invoice.discountTotal'), `−${money(invoice.discountTotal)}`) : null}
            {totalRow(t('invoice.taxTotal'), money(invoice.taxTotal))}
            {totalRow(t('invoice.total'), money(invoice.total), true)}
            {invoice.status !== 'void' ? totalRow(t('invoice.paid'), money(invoice.paid)) : null}
            {invoice.status !== 'void' ? totalRow(t('invoice.due'), money(invoice.due), true) : null}
            {invoice.tip > 0 ? totalRow(t('invoice.tip'), money(invoice.tip)) : null}
          </Table.Tbody>
        </Table>
        {invoice.notes ? <Text style={{ whiteSpace: 'pre-wrap' }}>{invoice.notes}</Text> : null}
      </Stack>

      {invoice.creditNotes.length > 0 ? (
        <Stack gap="xs" component="section">
          <Title order={2} fz="lg">
            {t('invoice.creditNotes')}
          </Title>
          {invoice.creditNotes.map((note) => (
            <Group key={note.id} justify="space-between" wrap="nowrap">
              <Text size="sm">
                {note.number} · {formatDay(note.issueDate)}
              </Text>
              <Text size="sm" fw={600}>
                −{money(note.total)}
              </Text>
            </Group>
          ))}
        </Stack>
      ) : null}

      <Stack gap="xs" component="section">
        <Title order={2} fz="lg">
          {t('invoice.payments')}
        </Title>
        {invoice.payments.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('invoice.noPayments')}
          </Text>
        ) : (
          invoice.payments.map((payment) => (
            <Group key={payment.id} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {t(`kinds.${payment.kind}`)}
                  {payment.method && payment.kind !== 'charge' ? ` · ${t(`methods.${payment.method}`)}` : ''}
                </Text>
                <Text size="xs" c="dimmed">
                  {formatDateTime(payment.createdAt, timeZone)}
                </Text>
              </Stack>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {payment.kind === 'refund' ? '−' : ''}
                {money(payment.amount)}
              </Text>
            </Group>
          ))
        )}
      </Stack>

      {invoice.visits.length > 0 ? (
        <Stack gap="xs" component="section">
          <Divider />
          <Title order={2} fz="lg">
            {t('invoice.visits')}
          </Title>
          {invoice.visits.map((visit) => (
            <Group key={visit.id} justify="space-between" wrap="wrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Text size="sm" fw={500}>
                  {visit.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {visit.locationName} · {formatDate(visit.startsAt, visit.timeZone)}
                </Text>
              </Stack>
              {visit.canRate ? (
                <ButtonLink to="/portal/$slug/rate/$visitId" params={{ slug, visitId: visit.id }} variant="light" size="xs" leftSection={<IconStar size={14} aria-hidden />}>
                  {t('invoice.rate')}
                </ButtonLink>
              ) : visit.rated ? (
                <Badge variant="light" color="teal" tt="none">
                  {t('invoice.rated')}
                </Badge>
              ) : null}
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
