import { Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/router-links.tsx';
import { formatDateOnly } from '../../../lib/format.ts';
import { usePendingQuotes } from '../api/quotes.ts';

/**
 * The dashboard's first call to action: a sent quote still open to accept. Only billing contacts
 * get any; nothing while there is none, or it cannot be loaded.
 */
export function AcceptPendingTerms({ slug }: { slug: string }) {
  const { t } = useTranslation('portalQuotes');
  const query = usePendingQuotes(slug);
  const titleId = useId();
  const quote = query.data?.items[0];
  if (!quote) return null;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Title order={2} fz="lg" id={titleId}>
          {t('callToAction.title', { title: quote.title })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('callToAction.body', { date: formatDateOnly(quote.validUntil) })}
        </Text>
        <ButtonLink to="/portal/$slug/billing/quotes/$quoteId" params={{ slug, quoteId: quote.id }} style={{ alignSelf: 'flex-start' }}>
          {t('callToAction.open')}
        </ButtonLink>
      </Stack>
    </Card>
  );
}
