import { Alert, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconCalendarEvent, IconClockX, IconHeart, IconHourglass, IconMapPin } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rateLastJobDays, type VisitRating } from '../../../../shared/features/feedback/feedback.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { NotFoundView } from '../../../components/not-found-view.tsx';
import { ReadOnlyFieldset } from '../../../components/read-only-fieldset.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useVisitRating } from '../api/get-visit-rating.ts';
import { PortalFeedbackForm } from './portal-feedback-form.tsx';
import { RatingBadge } from './rating.tsx';

function VisitHeading({ visit, headingId }: { visit: VisitRating['visit']; headingId: string }) {
  const { t } = useTranslation('feedback');
  return (
    <Stack gap={4}>
      <Title order={2} fz="xl" id={headingId} style={{ overflowWrap: 'anywhere' }}>
        {visit.name}
      </Title>
      <Group gap={6} wrap="nowrap">
        <IconCalendarEvent size={18} aria-hidden style={{ flexShrink: 0 }} />
        <Text>{t('rateVisit.when', { date: formatDate(visit.startsAt, visit.timeZone) })}</Text>
      </Group>
      <Group gap={6} wrap="nowrap">
        <IconMapPin size={18} aria-hidden style={{ flexShrink: 0 }} />
        <Text style={{ overflowWrap: 'anywhere' }}>{visit.locationName}</Text>
      </Group>
    </Stack>
  );
}

function DashboardLink({ slug }: { slug: string }) {
  const { t } = useTranslation('feedback');
  return (
    <ButtonLink to="/portal/$slug" params={{ slug }} variant="light">
      {t('rateVisit.toDashboard')}
    </ButtonLink>
  );
}

/** The rating someone at the customer already gave: the face, its words and their note. */
function GivenRating({ rating, timeZone }: { rating: NonNullable<VisitRating['rating']>; timeZone: string }) {
  const { t } = useTranslation('feedback');
  return (
    <Alert color="teal" variant="light" icon={<IconHeart size={20} aria-hidden />} title={t('rateVisit.rated.title')}>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t('rateVisit.rated.text', { date: formatDateTime(rating.createdAt, timeZone) })}</Text>
        <RatingBadge rating={rating.rating} />
        {rating.note ? (
          <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {rating.note}
          </Text>
        ) : null}
      </Stack>
    </Alert>
  );
}

/** Why this visit cannot be rated now, or the five-step form when it can. */
function RatingState({ slug, page, readOnly, onSent }: { slug: string; page: VisitRating; readOnly: boolean; onSent: () => void }) {
  const { t } = useTranslation('feedback');
  const { visit } = page;
  if (page.rating) return <GivenRating rating={page.rating} timeZone={visit.timeZone} />;
  if (!page.completed) {
    return (
      <Alert color="blue" variant="light" icon={<IconHourglass size={20} aria-hidden />} title={t('rateVisit.notDone.title')}>
        {t('rateVisit.notDone.text')}
      </Alert>
    );
  }
  if (page.expired) {
    return (
      <Alert color="yellow" variant="light" icon={<IconClockX size={20} aria-hidden />} title={t('rateVisit.expired.title')}>
        {t('rateVisit.expired.text', { days: rateLastJobDays })}
      </Alert>
    );
  }
  const question = t('lastJob.question', { service: visit.name, date: formatDate(visit.startsAt, visit.timeZone) });
  return (
    <ReadOnlyFieldset readOnly={readOnly}>
      <PortalFeedbackForm slug={slug} locationId={visit.locationId} locationName={visit.locationName} visit={{ id: visit.id, question }} onSent={onSent} />
    </ReadOnlyFieldset>
  );
}

/**
 * What the rating link in a completed visit's email opens: the visit on its location's clock and,
 * by its state, the rating form, the rating already given, or why it cannot be rated (not done yet,
 * or ended too long ago). A visit the person may not rate is simply not found.
 */
export function RateVisit({ slug, visitId, readOnly }: { slug: string; visitId: string; readOnly: boolean }) {
  const { t } = useTranslation('feedback');
  const query = useVisitRating(slug, visitId);
  const [thanked, setThanked] = useState(false);
  const headingId = useId();
  if (isApiError(query.error, 404)) return <NotFoundView title={t('rateVisit.notFound.title')} message={t('rateVisit.notFound.message')} />;
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('rateVisit.loadFailed')} />;
  if (!query.data) return <Skeleton height={320} radius="lg" />;
  const page = query.data;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="xs" component="section" aria-labelledby={headingId}>
      <Stack gap="lg">
        <VisitHeading visit={page.visit} headingId={headingId} />
        {thanked ? (
          <Alert color="teal" variant="light" icon={<IconHeart size={20} aria-hidden />} title={t('form.thanksTitle')} role="status">
            {t('form.thanks', { location: page.visit.locationName })}
          </Alert>
        ) : (
          <RatingState slug={slug} page={page} readOnly={readOnly} onSent={() => { setThanked(true); }} />
        )}
        {thanked || page.rating || !page.completed || page.expired ? (
          <Group>
            <DashboardLink slug={slug} />
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
