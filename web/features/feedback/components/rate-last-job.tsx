import { Alert, Button, Card, Loader, Text, Title } from '@mantine/core';
import { IconHeart, IconStar } from '@tabler/icons-react';
import { lazy, Suspense, useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/format.ts';
import { useLastJob } from '../api/get-last-job.ts';

// The form, its checks and their words load only when the customer chooses to rate, not with the home page.
const loadForm = () => import('./portal-feedback-form.tsx');
const PortalFeedbackForm = lazy(() => loadForm().then((module) => ({ default: module.PortalFeedbackForm })));

/** Once the form has arrived, the focus goes to its first choice, where the Rate button that brought it was. */
function FocusFirstChoice({ within }: { within: RefObject<HTMLDivElement | null> }) {
  useEffect(() => {
    within.current?.querySelector<HTMLElement>('[role="radio"], input')?.focus();
  }, [within]);
  return null;
}

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
  const [rating, setRating] = useState(false);
  const formArea = useRef<HTMLDivElement>(null);
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
      {rating ? (
        <div ref={formArea}>
          <Suspense fallback={<Loader size="sm" aria-label={t('lastJob.title')} />}>
            <PortalFeedbackForm key={visit.id} slug={slug} locationId={locationId} locationName={locationName} visit={{ id: visit.id, question }} onSent={() => { setThanked(true); }} compact />
            <FocusFirstChoice within={formArea} />
          </Suspense>
        </div>
      ) : (
        <>
          <Text mb="md">{question}</Text>
          <Button
            leftSection={<IconStar size={18} aria-hidden />}
            style={{ alignSelf: 'flex-start' }}
            onPointerEnter={() => { loadForm().catch(() => undefined); }}
            onFocus={() => { loadForm().catch(() => undefined); }}
            onClick={() => { setRating(true); }}
          >
            {t('lastJob.rate')}
          </Button>
        </>
      )}
    </Card>
  );
}
