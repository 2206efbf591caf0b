import { Anchor, Badge, Group, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ShowMoreButton } from '../../../components/show-more-button.tsx';
import { formatFileSize } from '../../../lib/format.ts';
import { usePortalResources } from '../api/get-portal-resources.ts';

/** The company's documents and links shared with the customer; nothing at all when there are none. */
export function PortalResourcesList({ slug, locationId, heading }: { slug: string; locationId: string; heading: React.ReactNode }) {
  const { t } = useTranslation('portalFiles');
  const query = usePortalResources(slug, locationId);
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  if (items.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="company-documents" gap="md">
      <div>
        {heading}
        <Stack gap="sm" component="ul" p={0} m={0}>
          {items.map((resource) => {
            const isLink = resource.kind === 'link';
            return (
              <Paper key={resource.id} withBorder radius="md" p="md" component="li" style={{ listStyle: 'none' }}>
                <Stack gap={4}>
                  <Anchor href={resource.url} fw={600} style={{ overflowWrap: 'anywhere' }} {...(isLink ? { target: '_blank', rel: 'noopener noreferrer' } : { download: resource.fileName ?? true })}>
                    {resource.title}
                    {isLink ? <VisuallyHidden> ({t('opensElsewhere')})</VisuallyHidden> : null}
                  </Anchor>
                  {resource.description ? <Text size="sm">{resource.description}</Text> : null}
                  <Group gap="xs" wrap="wrap">
                    <Badge variant="light" color="gray">{t(isLink ? 'kinds.link' : `kinds.${resource.fileKind ?? 'document'}`)}</Badge>
                    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>{isLink ? new URL(resource.url).host : formatFileSize(resource.sizeBytes ?? 0)}</Text>
                  </Group>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      </div>
      <ShowMoreButton query={query} />
    </Stack>
  );
}
