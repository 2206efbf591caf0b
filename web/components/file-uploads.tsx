import { ActionIcon, Box, Button, FileButton, Group, Image, Loader, Paper, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconFile, IconFileTypePdf, IconPaperclip, IconX } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { attachmentTypes } from '../../shared/features/attachments/attachments.contract.ts';
import type { FileUpload, FileUploads } from '../lib/use-file-uploads.ts';

const accept = Object.keys(attachmentTypes).join(',');

interface FileUploadButtonProps {
  uploads: FileUploads;
  /** The button's words, which also name the file input for screen readers and tests; "Attach files" by default. */
  label?: string;
  disabled?: boolean;
}

/** Picks photos or PDFs; each starts uploading as soon as it is picked. */
export function FileUploadButton({ uploads, label: givenLabel, disabled }: FileUploadButtonProps) {
  const { t } = useTranslation('app');
  const label = givenLabel ?? t('files.attach');
  const resetRef = useRef<() => void>(null);
  return (
    <FileButton
      multiple
      accept={accept}
      resetRef={resetRef}
      disabled={disabled}
      inputProps={{ 'aria-label': label }}
      onChange={(files) => {
        uploads.add(files);
        resetRef.current?.();
      }}
    >
      {(props) => (
        <Button {...props} variant="default" leftSection={<IconPaperclip size={16} aria-hidden />} disabled={disabled}>
          {label}
        </Button>
      )}
    </FileButton>
  );
}

function UploadPreview({ item }: { item: FileUpload }) {
  if (item.previewUrl) {
    return <Image src={item.previewUrl} alt="" w={56} h={56} radius="sm" fit="cover" style={{ flexShrink: 0 }} />;
  }
  const pdf = item.contentType === 'application/pdf';
  const FileIcon = pdf ? IconFileTypePdf : IconFile;
  return (
    <ThemeIcon size={56} radius="sm" variant="light" color={pdf ? 'red' : 'gray'} style={{ flexShrink: 0 }}>
      <FileIcon size={28} aria-hidden />
    </ThemeIcon>
  );
}

/** What was picked: a thumbnail or PDF icon per file, its upload state, the server's reason if refused, and a way to drop it. */
export function FileUploadList({ uploads, disabled }: { uploads: FileUploads; disabled?: boolean }) {
  const { t } = useTranslation(['app', 'common']);
  if (uploads.items.length === 0) return null;
  return (
    <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('files.attached')}>
      {uploads.items.map((item) => (
        <Paper
          key={item.key}
          component="li"
          withBorder
          radius="md"
          p="xs"
          style={item.status === 'failed' ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
        >
          <Group gap="sm" wrap="nowrap">
            <UploadPreview item={item} />
            <Box style={{ flex: 1, minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {item.fileName}
              </Text>
              {item.status === 'uploading' ? (
                <Group gap={6} wrap="nowrap">
                  <Loader size={12} />
                  <Text size="xs" c="dimmed">
                    {t('files.uploading')}
                  </Text>
                </Group>
              ) : null}
              {item.status === 'done' ? (
                <Text size="xs" c="dimmed">
                  {t('files.ready')}
                </Text>
              ) : null}
              {item.status === 'kept' ? (
                <Text size="xs" c="dimmed">
                  {t('files.kept')}
                </Text>
              ) : null}
              {item.error ? (
                <Text size="xs" c="var(--mantine-color-error)" role="alert">
                  {item.error}
                </Text>
              ) : null}
            </Box>
            <Tooltip label={t('common:actions.remove')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={t('files.remove', { name: item.fileName })}
                disabled={disabled}
                onClick={() => { uploads.remove(item.key); }}
              >
                <IconX size={18} aria-hidden />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
