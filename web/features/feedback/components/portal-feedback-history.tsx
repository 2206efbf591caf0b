import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePortalFeedback } from '../api/get-portal-feedback.ts';
import { RatingBadge } from './rating.tsx';

/** Feedback given earlier at this location, newest first. */
export function PortalFeedbackHistory({ slug, locationId }: { slug: string; locationId: string }) {
  const [page, setPage] = useState(1);
  const query = usePortalFeedback(slug, locationId, page);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title="Earlier feedback could not be loaded" />;
    if (!query.data) return <Skeleton height={96} radius="lg" />;
    if (query.data.items.length === 0) {
      return (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            No feedback yet.
          </Text>
        </Paper>
      );
    }
    return (
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {query.data.items.map((item) => (
          <Paper key={item.id} component="li" withBorder radius="lg" p="md">
            <Group justify="space-between" gap="xs" wrap="wrap" mb={item.note ? 6 : 0}>
              <RatingBadge rating={item.rating} />
              <Text size="sm" c="dimmed">
                {formatDate(item.createdAt)}
                {item.givenBy ? ` · ${item.givenBy}` : ''}
              </Text>
            </Group>
            {item.note ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
                {item.note}
              </Text>
            ) : null}
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-label="Earlier feedback">
      <Title order={2} fz="lg">
        Earlier feedback
      </Title>
      {renderBody()}
      {/* Most locations have a handful; page buttons appear only when there is more than one page. */}
      {query.data && query.data.total > query.data.pageSize ? <PaginationFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={setPage} /> : null}
    </Stack>
  );
}
