import { Anchor, Badge, Button, Card, Group, Image, Paper, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { IconCircle, IconCircleCheckFilled, IconDownload, IconFileSearch, IconMapPin } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistArea, VisitNote, VisitPhoto, VisitPhotoKind } from '../../../../shared/features/field/checklist.contract.ts';
import type { ProofOfService, ProofOfServiceTime } from '../../../../shared/features/field/proof-of-service.contract.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDate, formatDateTime, formatTime } from '../../../lib/format.ts';
import { proofOfServicePdfUrl, useProofOfService } from '../api/get-proof-of-service.ts';

function Section({ id, title, aside, children }: { id: string; title: string; aside?: ReactNode; children: ReactNode }) {
  return (
    <Card component="section" withBorder radius="lg" padding="lg" shadow="xs" aria-labelledby={id}>
      <Group justify="space-between" align="baseline" gap="xs" mb="sm">
        <Title order={2} fz="lg" id={id}>
          {title}
        </Title>
        {aside}
      </Group>
      {children}
    </Card>
  );
}

function ReportHeader({ slug, report }: { slug: string; report: ProofOfService }) {
  const { t, i18n } = useTranslation('proofOfService');
  const { visit } = report;
  return (
    <Card withBorder radius="lg" padding="lg" shadow="sm">
      <Group justify="space-between" align="flex-start" gap="md" wrap="wrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fz={{ base: 'lg', sm: 'xl' }} fw={800}>
            {formatDate(visit.startsAt, visit.timeZone)}
          </Text>
          <Title order={2} fz="md" fw={600} c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {visit.name}
          </Title>
          <Group gap={6} wrap="nowrap" align="flex-start" mt={4}>
            <IconMapPin size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Text style={{ overflowWrap: 'anywhere' }}>
              <Text component="span" fw={600}>
                {visit.locationName}
              </Text>
              {visit.address ? ` · ${visit.address}` : null}
            </Text>
          </Group>
        </Stack>
        <Button component="a" href={proofOfServicePdfUrl(slug, visit.id, i18n.language)} download variant="light" leftSection={<IconDownload size={18} aria-hidden />}>
          {t('download')}
        </Button>
      </Group>
    </Card>
  );
}

function TimeRow({ person, zone }: { person: ProofOfServiceTime; zone: string }) {
  const { t } = useTranslation('proofOfService');
  return (
    <Group component="li" justify="space-between" gap="xs" py={8} wrap="wrap" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Text fw={600}>{person.firstName}</Text>
      <Group gap="md" wrap="wrap">
        <Text size="sm">
          <Text component="span" c="dimmed">{t('clockedIn')} </Text>
          <PlaceTime at={person.clockedInAt} zone={zone} show="time" />
        </Text>
        <Text size="sm">
          <Text component="span" c="dimmed">{t('clockedOut')} </Text>
          {person.clockedOutAt ? <PlaceTime at={person.clockedOutAt} zone={zone} show="time" /> : t('notClockedOut')}
        </Text>
      </Group>
    </Group>
  );
}

function AreaTasks({ area, zone }: { area: ChecklistArea; zone: string }) {
  const { t } = useTranslation('proofOfService');
  return (
    <div>
      <Title order={3} fz="md" mb={4} style={{ overflowWrap: 'anywhere' }}>
        {area.name}
      </Title>
      <Stack component="ul" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
        {area.tasks.map((task) => (
          <Group component="li" key={task.id} gap="sm" wrap="nowrap" align="flex-start" py={8} style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
            <ThemeIcon variant="transparent" color={task.done ? 'teal' : 'gray'} size={24} aria-hidden>
              {task.done ? <IconCircleCheckFilled size={22} /> : <IconCircle size={22} />}
            </ThemeIcon>
            <div style={{ flex: 1, minWidth: 0 }}>
              <Text c={task.done ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                {task.text}
                <VisuallyHidden>{` — ${task.done ? t('done') : t('notDone')}`}</VisuallyHidden>
              </Text>
              {task.done && task.doneBy && task.doneAt ? (
                <Text size="xs" c="dimmed">
                  {t('done')} {t('doneBy', { name: task.doneBy, time: formatTime(task.doneAt, zone) })}
                </Text>
              ) : (
                <Text size="xs" c="dimmed" aria-hidden>
                  {t('notDone')}
                </Text>
              )}
            </div>
          </Group>
        ))}
      </Stack>
    </div>
  );
}

function Checklist({ areas, zone }: { areas: ChecklistArea[]; zone: string }) {
  const { t } = useTranslation('proofOfService');
  const tasks = areas.flatMap((area) => area.tasks);
  const aside = tasks.length > 0 ? <Badge variant="light">{t('tasksDone', { done: tasks.filter((task) => task.done).length, count: tasks.length })}</Badge> : null;
  return (
    <Section id="proof-checklist" title={t('checklist')} aside={aside}>
      {areas.length === 0 ? (
        <Text c="dimmed">{t('noChecklist')}</Text>
      ) : (
        <Stack gap="md">
          {areas.map((area, index) => (
            <AreaTasks key={`${index}-${area.name}`} area={area} zone={zone} />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function PhotoGrid({ kind, photos, zone }: { kind: VisitPhotoKind; photos: VisitPhoto[]; zone: string }) {
  const { t } = useTranslation('proofOfService');
  if (photos.length === 0) return null;
  const label = (photo: VisitPhoto) => t(kind === 'before' ? 'beforePhoto' : 'afterPhoto', { name: photo.author, time: formatDateTime(photo.createdAt, zone) });
  return (
    <div>
      <Title order={3} fz="md" mb="xs">
        {t(kind)}
      </Title>
      <SimpleGrid component="ul" cols={{ base: 2, xs: 3, md: 4 }} spacing="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {photos.map((photo) => (
          <li key={photo.id}>
            {/* The full photo opens in a new tab, where the phone can zoom it. */}
            <Anchor href={photo.file.url} target="_blank" rel="noopener noreferrer" display="block" underline="never" aria-label={`${label(photo)} — ${t('openPhoto')}`}>
              <Image src={photo.file.thumbnailUrl ?? photo.file.url} alt="" radius="md" fit="cover" style={{ aspectRatio: '1 / 1', border: '1px solid var(--mantine-color-default-border)' }} />
            </Anchor>
            <Text size="xs" c="dimmed" mt={4}>
              {photo.author} · <PlaceTime at={photo.createdAt} zone={zone} show="time" />
            </Text>
          </li>
        ))}
      </SimpleGrid>
    </div>
  );
}

function Photos({ photos, zone }: { photos: VisitPhoto[]; zone: string }) {
  const { t } = useTranslation('proofOfService');
  return (
    <Section id="proof-photos" title={t('photos')}>
      {photos.length === 0 ? (
        <Text c="dimmed">{t('noPhotos')}</Text>
      ) : (
        <Stack gap="md">
          <PhotoGrid kind="before" photos={photos.filter((photo) => photo.kind === 'before')} zone={zone} />
          <PhotoGrid kind="after" photos={photos.filter((photo) => photo.kind === 'after')} zone={zone} />
        </Stack>
      )}
    </Section>
  );
}

function Notes({ notes, zone }: { notes: VisitNote[]; zone: string }) {
  const { t } = useTranslation('proofOfService');
  if (notes.length === 0) return null;
  return (
    <Section id="proof-notes" title={t('notes')}>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
        {notes.map((note) => (
          <li key={note.id}>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.text}</Text>
            <Text size="xs" c="dimmed">
              {t('noteBy', { name: note.author, time: formatDateTime(note.createdAt, zone) })}
            </Text>
          </li>
        ))}
      </Stack>
    </Section>
  );
}

function Report({ slug, report }: { slug: string; report: ProofOfService }) {
  const { t } = useTranslation('proofOfService');
  const zone = report.visit.timeZone;
  return (
    <Stack gap="md">
      <ReportHeader slug={slug} report={report} />
      <Section id="proof-who-worked" title={t('whoWorked')}>
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          {report.times.map((person, index) => (
            <TimeRow key={`${index}-${person.firstName}`} person={person} zone={zone} />
          ))}
        </Stack>
      </Section>
      <Checklist areas={report.work.areas} zone={zone} />
      <Notes notes={report.work.notes} zone={zone} />
      <Photos photos={report.work.photos} zone={zone} />
    </Stack>
  );
}

/** A completed visit's proof of service: when and where, who worked when, the checklist, notes, photos, and the PDF. */
export function ProofOfServiceView({ slug, visitId }: { slug: string; visitId: string }) {
  const { t } = useTranslation('proofOfService');
  const query = useProofOfService(slug, visitId);
  if (query.data) return <Report slug={slug} report={query.data} />;
  if (isApiError(query.error, 404)) {
    return (
      <Paper withBorder radius="lg">
        <EmptyState icon={<IconFileSearch size={28} />} title={t('notFound.title')} description={t('notFound.text')} />
      </Paper>
    );
  }
  if (query.isError) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  return <Skeleton height={320} radius="lg" />;
}
