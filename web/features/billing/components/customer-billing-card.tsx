import { Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { formatDateOnly } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useCustomerBilling } from '../api/invoices.ts';
import { InvoiceStatusBadge } from './invoice-status-badge.tsx';

/** A customer's billing at a glance on their page: what they owe, the credit they hold, their latest invoices. */
export function CustomerBillingCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation('invoices');
  const query = useCustomerBilling(customerId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('customerCard.loadFailed')} />;
  if (!query.data) return <Skeleton height={160} radius="lg" />;
  const billing = query.data;
  const money = (minor: number) => formatMoney(minor, billing.currency);
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Group justify="space-between" mb="md">
        <Title order={2} fz="lg">
          {t('customerCard.title')}
        </Title>
        <AnchorLink to="/office/billing" search={{ customerId, view: 'all' }} size="sm">
          {t('customerCard.all')}
        </AnchorLink>
      </Group>
      <SimpleGrid cols={2} mb="md">
        <div>
          <Text size="sm" c="dimmed">
            {t('customerCard.balance')}
          </Text>
          <Text fw={700} fz="lg">
            {money(billing.openBalance)}
          </Text>
        </div>
        <div>
          <Text size="sm" c="dimmed">
            {t('customerCard.credit')}
          </Text>
          <Text fw={700} fz="lg">
            {money(billing.credit)}
          </Text>
        </div>
      </SimpleGrid>
      <Text size="sm" fw={600} mb={4}>
        {t('customerCard.recent')}
      </Text>
      {billing.recent.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('customerCard.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {billing.recent.map((invoice) => (
            <Group key={invoice.id} justify="space-between" wrap="nowrap" gap="sm">
              <AnchorLink to="/office/billing/invoices/$invoiceId" params={{ invoiceId: invoice.id }} size="sm">
                {invoice.number ?? t('status.draft')}
              </AnchorLink>
              <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                {invoice.issueDate ? formatDateOnly(invoice.issueDate) : ''}
              </Text>
              <Text size="sm">{money(invoice.total)}</Text>
              <InvoiceStatusBadge status={invoice.status} overdue={invoice.overdue} />
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
