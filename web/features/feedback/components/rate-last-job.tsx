import { Alert, Card, Loader, Title } from '@mantine/core';
import { IconHeart } from '@tabler/icons-react';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { useLastJob } from '../api/get-last-job.ts';

// The form, its checks and their words load only when there is a visit to rate, not with every home page.
const PortalFeedbackForm = lazy(() => import('./portal-feedback-form.tsx').then((module) => ({ default: module.PortalFeedbackForm })));

interface RateLastJobProps {
  slug: string;
  locationId: string;
  locationName: string;
}

/**
 * "Rate last job" (MaidCentral): the latest visit that ended in the last 45 days without a
 * rating, asked about on the dashboard. Nothing while there is none, or it cannot be loaded:
 * a call to action is an offer, not a page of its own.
 */
export function RateLastJob({ slug, locationId, locationName }: RateLastJobProps) {
  const { t } = useTranslation('feedback');
  const query = useLastJob(slug, locationId);
  const [thanked, setThanked] = useState(false);
  const headingId = useId();

  if (thanked) {
    return (
      <Alert color="teal" variant="light" icon={<IconHeart size={20} aria-hidden />} title={t('form.thanksTitle')} role="status" withCloseButton onClose={() => { setThanked(false); }}>
        {t('form.thanks', { location: locationName })}
      </Alert>
    );
  }
  const visit = query.data?.visit;
  if (!visit) return null;
  const question = t('lastJob.question', { service: visit.name, date: formatDate(visit.startsAt, visit.timeZone) });
  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" mb="sm" id={headingId}>
        {t('lastJob.title')}
      </Title>
      <Suspense fallback={<Loader size="sm" aria-label={t('lastJob.title')} />}>
        <PortalFeedbackForm key={visit.id} slug={slug} locationId={locationId} locationName={locationName} visit={{ id: visit.id, question }} onSent={() => { setThanked(true); }} compact />
      </Suspense>
    </Card>
  );
}
