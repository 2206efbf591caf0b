import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { formatDate } from '../../../lib/format.ts';
import { usePortalFeedback } from '../api/get-portal-feedback.ts';
import { RatingBadge } from './rating.tsx';

/** Feedback given earlier at this location, newest first. */
export function PortalFeedbackHistory({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('feedback');
  const [page, setPage] = useState(1);
  const query = usePortalFeedback(slug, locationId, page);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('history.loadFailed')} />;
    if (!query.data) return <Skeleton height={96} radius="lg" />;
    if (query.data.items.length === 0) {
      return (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            {t('history.empty')}
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
                {item.givenBy ? t('history.dateBy', { date: formatDate(item.createdAt, item.locationTimeZone), name: item.givenBy }) : formatDate(item.createdAt, item.locationTimeZone)}
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
    <Stack gap="sm" component="section" aria-label={t('history.title')}>
      <Title order={2} fz="lg">
        {t('history.title')}
      </Title>
      {renderBody()}
      {/* Most locations have a handful; page buttons appear only when there is more than one page. */}
      {query.data && query.data.total > query.data.pageSize ? <PaginationFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={setPage} /> : null}
    </Stack>
  );
}
