import { Alert, Button, Card, Checkbox, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleX, IconHourglassLow } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxDeclineReasonLength, maxSignatureLength, type PortalQuote } from '../../../../shared/features/billing/quotes.contract.ts';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { NotFoundView } from '../../../components/not-found-view.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateOnly, formatDateTime } from '../../../lib/format.ts';
import { useAcceptQuote, useDeclineQuote, usePortalQuote } from '../api/quotes.ts';
import { QuoteLinesTable } from './quote-lines-table.tsx';
import { QuoteStatusBadge } from './quote-status-badge.tsx';

const day = formatDateOnly;

/** A quote as its customer reads it, phone first: what is included, the terms in full, and the answer. */
export function PortalQuoteView({ slug, quoteId, readOnly }: { slug: string; quoteId: string; readOnly: boolean }) {
  const { t } = useTranslation('portalQuotes');
  const query = usePortalQuote(slug, quoteId);
  if (isApiError(query.error, 404)) return <NotFoundView title={t('notFound')} message={t('notFoundMessage')} />;
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!query.data) return <PageLoader />;
  const quote = query.data;
  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg">
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Title order={2} fz="lg">
                {quote.title}
              </Title>
              <Text size="sm" c="dimmed">
                {quote.number ? t('numbered', { number: quote.number }) : null} · {t('from', { company: quote.company })}
              </Text>
            </Stack>
            <QuoteStatusBadge status={quote.status} ns="portalQuotes" />
          </Group>
          <Text size="sm">
            {t('location')}: {quote.locationName}
          </Text>
          <Text size="sm" fw={600}>
            {t('validUntil', { date: day(quote.validUntil) })}
          </Text>
          <Title order={3} fz="md">
            {t('lines')}
          </Title>
          <QuoteLinesTable lines={quote.lines} totals={quote} ns="portalQuotes" />
        </Stack>
      </Card>
      <Card withBorder radius="lg" padding="lg" component="section">
        <Title order={3} fz="md" mb="sm">
          {t('terms')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {quote.terms}
        </Text>
      </Card>
      <Answer slug={slug} quote={quote} readOnly={readOnly} />
    </Stack>
  );
}

function Answer({ slug, quote, readOnly }: { slug: string; quote: PortalQuote; readOnly: boolean }) {
  const { t } = useTranslation('portalQuotes');
  if (quote.status === 'accepted' && quote.acceptance) {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('accept.done')} role="status">
        {t('accept.signed', { name: quote.acceptance.name, when: formatDateTime(quote.acceptance.at, quote.timeZone) })}
      </Alert>
    );
  }
  if (quote.status === 'declined') {
    return (
      <Alert color="gray" icon={<IconCircleX size={20} />} title={t('decline.done')}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {quote.declineReason}
        </Text>
      </Alert>
    );
  }
  if (quote.status === 'expired') {
    return (
      <Alert color="orange" icon={<IconHourglassLow size={20} />}>
        {t('expired', { company: quote.company })}
      </Alert>
    );
  }
  if (quote.status !== 'sent' || readOnly) return null;
  return <AnswerForms slug={slug} quote={quote} />;
}

function AnswerForms({ slug, quote }: { slug: string; quote: PortalQuote }) {
  const { t } = useTranslation('portalQuotes');
  const accept = useAcceptQuote(slug, quote.id);
  const decline = useDeclineQuote(slug, quote.id);
  const [name, setName] = useState('');
  const [agree, setAgree] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const acceptErrors = isApiError(accept.error) ? accept.error.fields : {};
  const declineErrors = isApiError(decline.error) ? decline.error.fields : {};

  if (declining) {
    return (
      <Card withBorder radius="lg" padding="lg" component="section">
        <form
          onSubmit={(event) => {
            event.preventDefault();
            decline.mutate({ reason });
          }}
        >
          <Stack gap="md">
            <Title order={3} fz="md">
              {t('decline.title')}
            </Title>
            <FormErrorAlert error={decline.error} />
            <Textarea label={t('decline.reason')} value={reason} onChange={(e) => { setReason(e.currentTarget.value); }} maxLength={maxDeclineReasonLength} autosize minRows={3} required error={declineErrors.reason} />
            <Group gap="sm" grow>
              <Button variant="default" onClick={() => { setDeclining(false); }}>
                {t('decline.cancel')}
              </Button>
              <Button type="submit" color="red" loading={decline.isPending}>
                {t('decline.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    );
  }

  return (
    <Card withBorder radius="lg" padding="lg" component="section">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          accept.mutate({ name, agree: true });
        }}
      >
        <Stack gap="md">
          <Title order={3} fz="md">
            {t('accept.title')}
          </Title>
          <FormErrorAlert error={accept.error} />
          <TextInput label={t('accept.name')} value={name} onChange={(e) => { setName(e.currentTarget.value); }} maxLength={maxSignatureLength} autoComplete="name" required size="md" error={acceptErrors.name} />
          <Checkbox label={t('accept.agree')} checked={agree} onChange={(e) => { setAgree(e.currentTarget.checked); }} size="md" error={acceptErrors.agree} />
          <Button type="submit" size="md" disabled={!agree || name.trim() === ''} loading={accept.isPending} fullWidth>
            {t('accept.submit')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => { setDeclining(true); }} fullWidth>
            {t('decline.open')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
