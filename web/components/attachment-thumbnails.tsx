import { Anchor, Group, Image, Paper, Text, ThemeIcon } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../shared/features/attachments/attachments.contract.ts';

/** Files on a request or message: images as thumbnails, documents by name, each opening the full file in a new tab. */
export function AttachmentThumbnails({ attachments }: { attachments: Attachment[] }) {
  const { t } = useTranslation('app');
  if (attachments.length === 0) return null;
  return (
    <Group gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('files.attachments')}>
      {attachments.map((attachment) => (
        <li key={attachment.id}>
          <Anchor href={attachment.url} target="_blank" rel="noopener noreferrer" underline="never" display="block">
            {attachment.isImage ? (
              <Image
                src={attachment.thumbnailUrl ?? attachment.url}
                alt={attachment.fileName}
                w={88}
                h={88}
                radius="md"
                fit="cover"
                style={{ border: '1px solid var(--mantine-color-gray-3)' }}
              />
            ) : (
              <Paper withBorder radius="md" p="xs" w={200}>
                <Group gap="xs" wrap="nowrap">
                  <ThemeIcon variant="light" color="red" size={36}>
                    <IconFileTypePdf size={22} aria-hidden />
                  </ThemeIcon>
                  <Text size="sm" truncate>
                    {attachment.fileName}
                  </Text>
                </Group>
              </Paper>
            )}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}
