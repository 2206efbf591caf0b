import { Alert, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCreditCard } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalBillingSummary } from '../../../../shared/features/billing/portal-billing.contract.ts';
import { ButtonLink } from '../../../components/router-links.tsx';
import { formatMoney } from '../../../lib/money.ts';
import { useBillingSummary } from '../api/get-portal-billing.ts';

/** Pay now: to the pay page, where the invoices owed are chosen and paid. */
export function PayNowButton({ slug, size = 'md' }: { slug: string; size?: 'sm' | 'md' }) {
  const { t } = useTranslation('portalBilling');
  return (
    <ButtonLink to="/portal/$slug/billing/pay" params={{ slug }} size={size} leftSection={<IconCreditCard size={18} aria-hidden />}>
      {t('payNow')}
    </ButtonLink>
  );
}

/** The balance at the top of the billing page: owed, overdue, credit, and Pay now when something is owed. */
export function BillingSummaryCard({ slug, summary }: { slug: string; summary: PortalBillingSummary }) {
  const { t } = useTranslation('portalBilling');
  const money = (minor: number) => formatMoney(minor, summary.currency);
  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm">
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <SimpleGrid cols={{ base: 1, xs: summary.credit > 0 ? 3 : 2 }} spacing="lg" style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('summary.openBalance')}
            </Text>
            <Text fz={{ base: 22, sm: 28 }} fw={700}>
              {money(summary.openBalance)}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {t('summary.overdue')}
            </Text>
            <Text fz={{ base: 22, sm: 28 }} fw={700} c={summary.overdueAmount > 0 ? 'red.9' : undefined}>
              {money(summary.overdueAmount)}
            </Text>
            {summary.overdueCount > 0 ? (
              <Text size="xs" c="red.8">
                {t('summary.overdueCount', { count: summary.overdueCount })}
              </Text>
            ) : null}
          </Stack>
          {summary.credit > 0 ? (
            <Stack gap={2}>
              <Text size="sm" c="dimmed">
                {t('summary.credit')}
              </Text>
              <Text fz={{ base: 22, sm: 28 }} fw={700} c="teal.8">
                {money(summary.credit)}
              </Text>
            </Stack>
          ) : null}
        </SimpleGrid>
        {summary.openBalance > 0 ? <PayNowButton slug={slug} /> : <Text c="dimmed">{t('summary.nothingOwed')}</Text>}
        <ButtonLink to="/portal/$slug/billing/cards" params={{ slug }} variant="default" leftSection={<IconCreditCard size={18} aria-hidden />}>
          {t('cardsLink')}
        </ButtonLink>
      </Group>
    </Card>
  );
}

/** The portal home's past-due panel: shown to a billing contact only while something is overdue. */
export function PastDuePanel({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('portalBilling');
  const { data } = useBillingSummary(slug, locationId);
  if (!data || data.overdueCount === 0) return null;
  return (
    <Alert color="red" variant="light" radius="lg" icon={<IconAlertTriangle size={22} aria-hidden />} title={t('pastDue.title')}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text size="sm">{t('pastDue.text', { count: data.overdueCount, amount: formatMoney(data.overdueAmount, data.currency) })}</Text>
        <PayNowButton slug={slug} size="sm" />
      </Group>
    </Alert>
  );
}

/**
 * "Pay your open balance" among the dashboard's calls to action. While something is overdue the
 * past-due panel asks already, so this one stays quiet then and asks only about a balance not yet due.
 */
export function PayBalanceCallToAction({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('portalBilling');
  const headingId = useId();
  const { data } = useBillingSummary(slug, locationId);
  if (!data || data.openBalance === 0 || data.overdueCount > 0) return null;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={4}>
          <Title order={2} fz="lg" id={headingId}>
            {t('callToAction.title')}
          </Title>
          <Text c="dimmed">{t('callToAction.text', { amount: formatMoney(data.openBalance, data.currency) })}</Text>
        </Stack>
        <PayNowButton slug={slug} />
      </Group>
    </Card>
  );
}
