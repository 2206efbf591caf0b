import { Card, Skeleton, Stack, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { useOfflineQueue } from '../../../lib/use-offline-queue.ts';
import { useMyVisitWork } from '../api/get-visit-work.ts';
import { VisitChecklist } from './visit-checklist.tsx';
import { VisitNotes } from './visit-notes.tsx';
import { VisitPhotos } from './visit-photos.tsx';

function WorkCard({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} withBorder radius="lg" padding="md">
      <Title id={id} order={2} fz="lg" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** What my visit asks and what the team did: checklist, photos and notes. */
export function VisitWork({ visitId, timeZone, ownerId }: { visitId: string; timeZone: string; ownerId: string }) {
  const { t } = useTranslation('field');
  const query = useMyVisitWork(visitId);
  const { waiting } = useOfflineQueue(ownerId);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('work.loadFailed')} />;
  if (!query.data) return <Skeleton height={200} radius="lg" />;
  const work = query.data;
  return (
    <Stack gap="md">
      <WorkCard title={t('work.checklist')}>
        <VisitChecklist visitId={visitId} work={work} timeZone={timeZone} ownerId={ownerId} waiting={waiting} />
      </WorkCard>
      <WorkCard title={t('work.photos')}>
        <VisitPhotos visitId={visitId} work={work} ownerId={ownerId} waiting={waiting} />
      </WorkCard>
      <WorkCard title={t('work.notes')}>
        <VisitNotes visitId={visitId} work={work} timeZone={timeZone} ownerId={ownerId} waiting={waiting} />
      </WorkCard>
    </Stack>
  );
}
