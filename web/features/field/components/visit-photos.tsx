import { Alert, Anchor, Badge, Button, FileButton, Image, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCamera } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { visitPhotoKinds, type VisitPhoto, type VisitPhotoKind, type VisitWork } from '../../../../shared/features/field/checklist.contract.ts';
import { errorMessage } from '../../../lib/error-message.ts';
import type { QueuedWrite } from '../../../lib/offline-queue.ts';
import { photosPath, useAddPhoto } from '../api/visit-work-writes.ts';

/** Before and after photos as small pictures that open the full one. */
export function PhotoGrid({ photos }: { photos: VisitPhoto[] }) {
  const { t } = useTranslation('field');
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
      {photos.map((photo) => (
        <Anchor key={photo.id} href={photo.file.url} target="_blank" rel="noopener noreferrer" aria-label={t('work.openPhoto', { kind: t(`work.kinds.${photo.kind}`), name: photo.author })}>
          <Stack gap={4}>
            <Image src={photo.file.thumbnailUrl ?? photo.file.url} alt="" radius="md" h={120} fit="cover" />
            <Badge variant="light" color={photo.kind === 'before' ? 'gray' : 'teal'}>
              {t(`work.kinds.${photo.kind}`)}
            </Badge>
          </Stack>
        </Anchor>
      ))}
    </SimpleGrid>
  );
}

/** Adding before and after photos to my visit; the server strips what the camera recorded, position included. */
export function VisitPhotos({ visitId, work, ownerId, waiting }: { visitId: string; work: VisitWork; ownerId: string; waiting: QueuedWrite[] }) {
  const { t } = useTranslation('field');
  const add = useAddPhoto(visitId, ownerId);
  const kept = waiting.filter((write) => write.path === photosPath(visitId)).length;
  const take = (kind: VisitPhotoKind) => (file: File | null) => {
    if (file) add.mutate({ file, kind, label: t('work.photoLabel', { kind: t(`work.kinds.${kind}`) }) });
  };
  return (
    <Stack gap="sm">
      {kept > 0 ? (
        <Text size="sm" fw={600}>
          {t('work.photosWaiting', { count: kept })}
        </Text>
      ) : null}
      {work.photos.length === 0 && kept === 0 ? (
        <Text size="sm" c="dimmed">
          {t('work.noPhotos')}
        </Text>
      ) : null}
      {work.photos.length > 0 ? <PhotoGrid photos={work.photos} /> : null}
      {work.canChange ? (
        <Stack gap="xs">
          {visitPhotoKinds.map((kind) => (
            <FileButton key={kind} onChange={take(kind)} accept="image/jpeg,image/png,image/webp">
              {(props) => (
                <Button {...props} fullWidth variant="light" leftSection={<IconCamera size={18} aria-hidden />} loading={add.isPending && add.variables.kind === kind}>
                  {t(`work.add.${kind}`)}
                </Button>
              )}
            </FileButton>
          ))}
        </Stack>
      ) : null}
      {add.isError ? (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          {errorMessage(add.error)}
        </Alert>
      ) : null}
    </Stack>
  );
}
