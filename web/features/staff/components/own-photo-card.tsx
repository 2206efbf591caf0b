import { Avatar, Button, Card, FileButton, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../../../shared/features/staff/staff.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { errorMessage, notifySaved } from '../../../lib/error-message.ts';
import { monogramInitials } from '../../../lib/monogram.ts';
import { ownPhotoUrl, useOwnProfile } from '../api/get-own-profile.ts';
import { useRemoveOwnPhoto } from '../api/remove-own-photo.ts';
import { useUploadOwnPhoto } from '../api/upload-own-photo.ts';

// The server recognises these by their content and refuses anything else; the picker offers only them.
const acceptedTypes = ['image/jpeg', 'image/png', 'image/webp'];

function PhotoControls({ member }: { member: StaffMember }) {
  const { t } = useTranslation('profile');
  const upload = useUploadOwnPhoto();
  const remove = useRemoveOwnPhoto();
  const resetRef = useRef<() => void>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const photoUrl = ownPhotoUrl(member);

  function choose(file: File | null) {
    resetRef.current?.();
    if (!file) return;
    if (!acceptedTypes.includes(file.type)) {
      setProblem(t('photo.wrongType'));
      return;
    }
    setProblem(null);
    upload.mutate(file, {
      onSuccess: () => { notifySaved(t('photo.saved')); },
      onError: (error) => { setProblem(errorMessage(error)); },
    });
  }

  function confirmRemove() {
    remove.mutate(undefined, {
      onSuccess: () => {
        setConfirming(false);
        notifySaved(t('photo.removed'));
      },
    });
  }

  return (
    <Group gap="lg" align="center" wrap="nowrap">
      <Avatar src={photoUrl} alt={photoUrl ? t('photo.preview') : undefined} size={96} radius={96} color="porter" style={{ flexShrink: 0 }}>
        {monogramInitials(member.name)}
      </Avatar>
      <Stack gap="xs" style={{ minWidth: 0 }}>
        {photoUrl ? null : (
          <Text size="sm" c="dimmed">
            {t('photo.none')}
          </Text>
        )}
        <Group gap="xs">
          <FileButton onChange={choose} accept={acceptedTypes.join(',')} resetRef={resetRef}>
            {(props) => (
              <Button {...props} variant="default" leftSection={<IconPhotoUp size={16} aria-hidden />} loading={upload.isPending}>
                {photoUrl ? t('photo.replace') : t('photo.add')}
              </Button>
            )}
          </FileButton>
          {photoUrl ? (
            <Button variant="default" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => { setConfirming(true); }}>
              {t('photo.remove')}
            </Button>
          ) : null}
        </Group>
        {problem ? (
          <Text size="sm" c="red.8" role="alert">
            {problem}
          </Text>
        ) : null}
      </Stack>
      <ConfirmModal
        opened={confirming}
        onClose={() => { setConfirming(false); remove.reset(); }}
        title={t('photo.removeTitle')}
        confirmLabel={t('photo.remove')}
        danger
        onConfirm={confirmRemove}
        loading={remove.isPending}
        error={remove.error}
      >
        {t('photo.removeText')}
      </ConfirmModal>
    </Group>
  );
}

/** One's own photo, which customers see in Who's working while one is on their site: office profile and field app alike. */
export function OwnPhotoCard() {
  const { t } = useTranslation('profile');
  const profile = useOwnProfile();

  function body() {
    if (profile.data) return <PhotoControls member={profile.data} />;
    if (profile.isError) return <LoadErrorAlert error={profile.error} onRetry={() => void profile.refetch()} title={t('office.loadFailed')} />;
    return <Skeleton height={96} radius="md" />;
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Title order={2} fz="lg" mb={4}>
        {t('photo.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('photo.text')}
      </Text>
      {body()}
    </Card>
  );
}
