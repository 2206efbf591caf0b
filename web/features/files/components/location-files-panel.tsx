import { ActionIcon, Alert, Anchor, Badge, Button, Checkbox, FileButton, Group, Paper, Skeleton, Stack, Switch, Text, Tooltip } from '@mantine/core';
import { IconDownload, IconFileUpload, IconFolder, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationFile } from '../../../../shared/features/files/files.contract.ts';
import { storedFileAccept } from '../../../../shared/features/files/files.contract.ts';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FormErrorAlert } from '../../../components/form-error-alert.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { notifyError, notifySaved } from '../../../lib/error-message.ts';
import { formatDateTime, formatFileSize } from '../../../lib/format.ts';
import { useDeleteLocationFile } from '../api/delete-location-file.ts';
import { useLocationFiles } from '../api/get-location-files.ts';
import { useShareLocationFile } from '../api/share-location-file.ts';
import { useUploadLocationFile } from '../api/upload-location-file.ts';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';

type Props = { locationId: string; canManage: boolean; fileStorageOn: boolean; uploadLimitMb: number | null };

/** Choosing a file uploads it at once; the row shows until the server has it. */
function UploadBar({ locationId, uploadLimitMb }: { locationId: string; uploadLimitMb: number | null }) {
  const { t } = useTranslation('files');
  const [share, setShare] = useState(false);
  const upload = useUploadLocationFile(locationId);
  const pendingName = upload.isPending ? upload.variables.file.name : null;
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group gap="md" wrap="wrap">
          <FileButton
            accept={storedFileAccept}
            onChange={(file) => {
              if (!file) return;
              upload.mutate({ file, shared: share }, { onSuccess: (saved) => { notifySaved(t('upload.done', { file: saved.fileName })); } });
            }}
          >
            {(props) => (
              <Button {...props} leftSection={<IconFileUpload size={18} aria-hidden />} loading={upload.isPending}>
                {t('upload.label')}
              </Button>
            )}
          </FileButton>
          <Checkbox label={t('upload.share')} checked={share} onChange={(event) => { setShare(event.currentTarget.checked); }} />
        </Group>
        {uploadLimitMb ? <Text size="sm" c="dimmed">{t('upload.description', { megabytes: uploadLimitMb })}</Text> : null}
        {pendingName ? (
          <Text size="sm" role="status">
            {t('upload.uploading', { file: pendingName })}
          </Text>
        ) : null}
        {upload.error ? <FormErrorAlert error={upload.error} keepsInput={false} /> : null}
      </Stack>
    </Paper>
  );
}

function FileRow({ file, canManage, onDelete, locationId }: { file: LocationFile; canManage: boolean; onDelete: () => void; locationId: string }) {
  const { t } = useTranslation('files');
  const share = useShareLocationFile(locationId);
  const uploaded = formatDateTime(file.createdAt);
  return (
    <Paper withBorder radius="md" p="md" component="li" style={{ listStyle: 'none' }}>
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
          <Anchor href={file.url} fw={600} style={{ overflowWrap: 'anywhere' }} aria-label={t('download', { file: file.fileName })}>
            {file.fileName}
          </Anchor>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color="gray">{t(`kinds.${file.kind}`)}</Badge>
            <Text size="sm" c="dimmed">{formatFileSize(file.sizeBytes)}</Text>
            <Text size="sm" c="dimmed">{file.uploadedByName ? t('uploadedBy', { name: file.uploadedByName, date: uploaded }) : t('uploadedByRemoved', { date: uploaded })}</Text>
          </Group>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          <Switch
            label={t('columns.shared')}
            aria-label={t('sharedLabel', { file: file.fileName })}
            checked={file.shared}
            disabled={!canManage || share.isPending}
            onChange={(event) => {
              const shared = event.currentTarget.checked;
              share.mutate({ fileId: file.id, shared }, { onSuccess: () => { notifySaved(t(shared ? 'sharedOn' : 'sharedOff', { file: file.fileName })); }, onError: (error) => { notifyError(error); } });
            }}
          />
          <Tooltip label={t('download', { file: file.fileName })}>
            <ActionIcon component="a" href={file.url} variant="subtle" size="lg" aria-label={t('download', { file: file.fileName })}>
              <IconDownload size={18} aria-hidden />
            </ActionIcon>
          </Tooltip>
          {canManage ? (
            <Tooltip label={t('delete.label', { file: file.fileName })}>
              <ActionIcon variant="subtle" color="red.8" size="lg" aria-label={t('delete.label', { file: file.fileName })} onClick={onDelete}>
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          ) : null}
        </Group>
      </Group>
    </Paper>
  );
}

/** A location's files: upload (managers and up), then each file with who uploaded it, whether the customer sees it, download and delete. */
export function LocationFilesPanel({ locationId, canManage, fileStorageOn, uploadLimitMb }: Props) {
  const { t } = useTranslation(['files', 'common']);
  const query = useLocationFiles(locationId);
  const remove = useDeleteLocationFile(locationId);
  const [deleting, setDeleting] = useState<LocationFile | null>(null);
  const closeDelete = () => {
    setDeleting(null);
    remove.reset();
  };

  function renderFiles() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
    const files = query.data?.pages.flatMap((page) => page.items);
    if (!files) return <Stack gap="sm" aria-hidden>{[0, 1].map((i) => <Skeleton key={i} height={72} radius="md" />)}</Stack>;
    if (files.length === 0) return <EmptyState icon={<IconFolder size={28} />} title={t('empty.title')} description={t('empty.description')} />;
    return (
      <Stack gap="md">
        <Stack gap="sm" component="ul" p={0} m={0}>
          {files.map((file) => <FileRow key={file.id} file={file} canManage={canManage} locationId={locationId} onDelete={() => { setDeleting(file); }} />)}
        </Stack>
        <ShowMoreButton query={query} />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={900}>
      <Text c="dimmed">{t('intro')}</Text>
      {fileStorageOn ? null : <Alert color="yellow" variant="light">{t('featureOff')}</Alert>}
      {canManage ? <UploadBar locationId={locationId} uploadLimitMb={uploadLimitMb} /> : null}
      <div>{renderFiles()}</div>
      <ConfirmModal
        opened={deleting !== null}
        onClose={closeDelete}
        title={t('delete.title')}
        confirmLabel={t('delete.confirm')}
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={() => {
          if (!deleting) return;
          remove.mutate(deleting.id, { onSuccess: () => { notifySaved(t('delete.deleted')); closeDelete(); } });
        }}
      >
        {deleting ? t('delete.text', { file: deleting.fileName }) : null}
      </ConfirmModal>
    </Stack>
  );
}
