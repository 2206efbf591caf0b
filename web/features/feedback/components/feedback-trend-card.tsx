import { Card, Group, Skeleton, Text, Title } from '@mantine/core';
import { ratingLabel } from '../../../../shared/features/feedback/feedback.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { useFeedbackTrend, type FeedbackTrendParams } from '../api/get-feedback-trend.ts';
import { FeedbackTrendChart } from './feedback-trend-chart.tsx';
import { RatingBadge } from './rating.tsx';

/** How one customer or location has rated the work over the last 12 months. */
export function FeedbackTrendCard({ params, title = 'Average rating, last 12 months' }: { params: FeedbackTrendParams; title?: string }) {
  const query = useFeedbackTrend(params);
  const overall = query.data?.overallAverage ?? null;

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title="The trend could not be loaded" />;
    if (!query.data) return <Skeleton height={200} radius="md" />;
    return <FeedbackTrendChart trend={query.data} />;
  }

  return (
    <Card withBorder padding="lg" shadow="xs">
      <Group justify="space-between" align="center" gap="sm" mb="sm">
        <Title order={2} fz="lg">
          {title}
        </Title>
        {overall !== null ? (
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              Overall {overall.toFixed(1)}
            </Text>
            <RatingBadge rating={Math.round(overall)} />
          </Group>
        ) : null}
      </Group>
      {renderBody()}
      <Text size="xs" c="dimmed" mt="xs">
        1 = {ratingLabel(1)}, 5 = {ratingLabel(5)}
      </Text>
    </Card>
  );
}
