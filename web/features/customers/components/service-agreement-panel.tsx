import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Frequency } from '../../../../shared/features/visits/frequency.ts';
import type { ServiceAgreement } from '../../../../shared/features/customers/service-agreement.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { formatDate } from '../../../lib/format.ts';
import { formatMoney } from '../../../lib/money.ts';
import { useServiceAgreement } from '../api/get-service-agreement.ts';

type AgreedService = ServiceAgreement['services'][number];
type AgreedQuote = ServiceAgreement['quotes'][number];

function Section({ title, empty, children }: { title: string; empty: string | null; children: React.ReactNode }) {
  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb="md">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}

/**
 * The Service agreement tab (invoice calculation add-on): totals per period first, then the services
 * and the accepted quotes behind them. How often a service comes is worded by the visits feature,
 * which the page hands in.
 */
export function ServiceAgreementPanel({ customerId, frequencyLabel }: { customerId: string; frequencyLabel: (frequency: Frequency | null) => string }) {
  const { t } = useTranslation('customers');
  const query = useServiceAgreement(customerId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('agreement.loadFailed')} />;
  if (!query.data) return <PageLoader />;
  const { currency, quotes, services, totals } = query.data;

  const serviceColumns: ListColumn<AgreedService>[] = [
    {
      key: 'name',
      header: t('agreement.service'),
      card: 'title',
      cell: (service) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {service.name}
          </Text>
          {service.fromQuote ? (
            <Text size="xs" c="dimmed">
              {t('agreement.fromQuote', { number: service.fromQuote })}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'price', header: t('agreement.price'), card: 'aside', align: 'right', nowrap: true, cell: (service) => <Text size="sm" fw={600}>{formatMoney(service.price, currency)}</Text> },
    { key: 'location', header: t('agreement.location'), cell: (service) => <Text size="sm">{service.locationName}</Text> },
    { key: 'frequency', header: t('agreement.frequency'), cardFull: true, cell: (service) => <Text size="sm">{frequencyLabel(service.frequency)}</Text> },
    {
      key: 'since',
      header: t('agreement.since'),
      nowrap: true,
      cell: (service) => <Text size="sm">{[formatDate(service.startDate), service.endsOn ? t('agreement.until', { date: formatDate(service.endsOn) }) : null].filter(Boolean).join(' ')}</Text>,
    },
  ];
  const quoteColumns: ListColumn<AgreedQuote>[] = [
    {
      key: 'quote',
      header: t('agreement.quote'),
      card: 'title',
      cell: (quote) => (
        <Stack gap={0}>
          <Text size="sm" fw={600}>
            {quote.title}
          </Text>
          <Text size="xs" c="dimmed">
            {[quote.number, quote.locationName].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
      ),
    },
    { key: 'total', header: t('agreement.total'), card: 'aside', align: 'right', nowrap: true, cell: (quote) => <Text size="sm" fw={600}>{formatMoney(quote.total, quote.currency)}</Text> },
    {
      key: 'accepted',
      header: t('agreement.accepted'),
      cardFull: true,
      cell: (quote) => <Text size="sm">{quote.acceptedAt ? t('agreement.acceptedBy', { date: formatDate(quote.acceptedAt), name: quote.acceptedName ?? '—' }) : '—'}</Text>,
    },
  ];

  return (
    <Stack gap="lg" maw={1040}>
      <Text c="dimmed">{t('agreement.description')}</Text>
      <Section title={t('agreement.totalsTitle')} empty={totals.length === 0 ? t('agreement.noTotals') : null}>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          {totals.map((total) => (
            <Stack key={`${total.unit}-${total.interval}`} gap={2}>
              <Text size="sm" c="dimmed">
                {t(`agreement.per.${total.unit}`, { count: total.interval })}
              </Text>
              <Text fz="xl" fw={700}>
                {formatMoney(total.amount, currency)}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Group mt="sm">
          <Text size="xs" c="dimmed">
            {t('agreement.totalsHint')}
          </Text>
        </Group>
      </Section>
      <Section title={t('agreement.servicesTitle')} empty={services.length === 0 ? t('agreement.noServices') : null}>
        <ResponsiveTable items={services} columns={serviceColumns} rowKey={(service) => service.id} label={t('agreement.servicesTitle')} minWidth={640} />
      </Section>
      <Section title={t('agreement.quotesTitle')} empty={quotes.length === 0 ? t('agreement.noQuotes') : null}>
        <ResponsiveTable items={quotes} columns={quoteColumns} rowKey={(quote) => quote.id} label={t('agreement.quotesTitle')} minWidth={560} />
      </Section>
    </Stack>
  );
}
