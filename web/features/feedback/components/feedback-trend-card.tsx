import { Card, Group, Skeleton, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { useFeedbackTrend, type FeedbackTrendParams } from '../api/get-feedback-trend.ts';
import { FeedbackTrendChart } from './feedback-trend-chart.tsx';
import { formatAverage, RatingBadge, ratingText } from './rating.tsx';

/** How one customer or location has rated the work over the last 12 months. */
export function FeedbackTrendCard({ params, title }: { params: FeedbackTrendParams; title?: string }) {
  const { t } = useTranslation('feedback');
  const query = useFeedbackTrend(params);
  const overall = query.data?.overallAverage ?? null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('trend.loadFailed')} />;
    if (!query.data) return <Skeleton height={200} radius="md" />;
    return <FeedbackTrendChart trend={query.data} />;
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Group justify="space-between" align="center" gap="sm" mb="sm">
        <Title order={2} fz="lg">
          {title ?? t('trend.title')}
        </Title>
        {overall !== null ? (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('trend.overall', { average: formatAverage(overall) })}
            </Text>
            <RatingBadge rating={Math.round(overall)} />
          </Group>
        ) : null}
      </Group>
      {renderBody()}
      <Text size="xs" c="dimmed" mt="xs">
        {t('trend.scale', { lowest: ratingText(t, 1), highest: ratingText(t, 5) })}
      </Text>
    </Card>
  );
}
