import { Anchor, Badge, Card, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { formatDate, formatFileSize } from '../../../lib/format.ts';
import { usePortalFiles } from '../api/get-portal-files.ts';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';

/** The files shared at a location: each a download, with its kind, size and day. */
export function PortalFilesList({ slug, locationId, companyName }: { slug: string; locationId: string; companyName: string }) {
  const { t } = useTranslation(['portalFiles', 'common']);
  const query = usePortalFiles(slug, locationId);
  const files = query.data?.pages.flatMap((page) => page.items);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('loadFailed')} />;
  if (!files) return <PageLoader />;
  if (files.length === 0) {
    return (
      <Card withBorder radius="lg">
        <EmptyState icon={<IconFolder size={28} />} title={t('empty.title')} description={t('empty.description', { company: companyName })} />
      </Card>
    );
  }
  return (
    <Stack gap="md">
      <Stack gap="sm" component="ul" p={0} m={0}>
        {files.map((file) => (
          <Paper key={file.id} withBorder radius="md" p="md" component="li" style={{ listStyle: 'none' }}>
            <Stack gap={4}>
              <Anchor href={file.url} download={file.fileName} fw={600} style={{ overflowWrap: 'anywhere' }} aria-label={t('download', { file: file.fileName })}>
                {file.fileName}
              </Anchor>
              <Group gap="xs" wrap="wrap">
                <Badge variant="light" color="gray">{t(`kinds.${file.kind}`)}</Badge>
                <Text size="sm" c="dimmed">{formatFileSize(file.sizeBytes)}</Text>
                <Text size="sm" c="dimmed">{formatDate(file.createdAt)}</Text>
              </Group>
            </Stack>
          </Paper>
        ))}
      </Stack>
      <ShowMoreButton query={query} />
    </Stack>
  );
}
