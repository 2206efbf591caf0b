import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FeedbackTrend } from '../../../../shared/features/feedback/feedback.contract.ts';
import { formatMonthLong, formatMonthShort, formatNumber } from '../../../lib/format.ts';
import { formatAverage, ratingText } from './rating.tsx';

const height = 200;
const padding = { top: 12, right: 12, bottom: 28, left: 28 };
const ratings = [1, 2, 3, 4, 5];

/** The same red, gray and green as the rating badges, by the step the average rounds to. */
function colorOf(average: number): string {
  if (average < 2.5) return 'var(--mantine-color-red-7)';
  if (average < 3.5) return 'var(--mantine-color-gray-6)';
  return 'var(--mantine-color-green-7)';
}

/** Words for screen readers: how the months went, first to last, and the overall average. */
function summary(t: TFunction<'feedback'>, trend: FeedbackTrend): string {
  const rated = trend.months.filter((month): month is FeedbackTrend['months'][number] & { average: number } => month.average !== null);
  const first = rated[0];
  const last = rated.at(-1);
  if (!first || !last || trend.overallAverage === null) {
    return t('chart.noRatings', { count: trend.months.length, number: formatNumber(trend.months.length) });
  }
  const overall = t('chart.overall', { average: formatAverage(trend.overallAverage), label: ratingText(t, Math.round(trend.overallAverage)) });
  if (first === last) return t('chart.onlyOneMonth', { month: formatMonthLong(first.month), average: formatAverage(first.average), overall });
  const direction = last.average > first.average + 0.2 ? 'rising' : last.average < first.average - 0.2 ? 'falling' : 'steady';
  return t(`chart.${direction}`, {
    first: formatAverage(first.average),
    firstMonth: formatMonthLong(first.month),
    last: formatAverage(last.average),
    lastMonth: formatMonthLong(last.month),
    overall,
  });
}

/** The monthly average on a 1–5 scale: a line through the months that have ratings, a gap where none came in. */
export function FeedbackTrendChart({ trend }: { trend: FeedbackTrend }) {
  const { t } = useTranslation('feedback');
  const { ref, width } = useElementSize();
  const plotWidth = Math.max(0, width - padding.left - padding.right);
  const plotHeight = height - padding.top - padding.bottom;
  const count = trend.months.length;
  const step = count > 1 ? plotWidth / (count - 1) : 0;
  const x = (index: number) => padding.left + (count > 1 ? index * step : plotWidth / 2);
  const y = (value: number) => padding.top + ((5 - value) / 4) * plotHeight;
  // Narrow screens label every other month so the labels never overlap.
  const labelEvery = step < 34 ? 2 : 1;

  const segments: string[] = [];
  let current: string[] = [];
  trend.months.forEach((month, index) => {
    if (month.average === null) {
      if (current.length > 1) segments.push(current.join(' '));
      current = [];
      return;
    }
    current.push(`${x(index).toFixed(1)},${y(month.average).toFixed(1)}`);
  });
  if (current.length > 1) segments.push(current.join(' '));

  return (
    <Box ref={ref} w="100%">
      <svg width="100%" height={height} role="img" aria-label={summary(t, trend)} style={{ display: 'block', overflow: 'visible' }}>
        {width > 0 ? (
          <g aria-hidden>
            {ratings.map((value) => (
              <g key={value}>
                <line
                  x1={padding.left}
                  x2={padding.left + plotWidth}
                  y1={y(value)}
                  y2={y(value)}
                  stroke="var(--mantine-color-gray-3)"
                  strokeDasharray={value === 1 ? undefined : '3 3'}
                />
                <text x={padding.left - 8} y={y(value)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill="var(--mantine-color-dimmed)">
                  {formatNumber(value)}
                </text>
              </g>
            ))}
            {trend.months.map((month, index) =>
              index % labelEvery === (count - 1) % labelEvery ? (
                <text key={month.month} x={x(index)} y={height - 8} textAnchor="middle" fontSize={11} fill="var(--mantine-color-dimmed)">
                  {formatMonthShort(month.month)}
                </text>
              ) : null,
            )}
            {segments.map((points) => (
              <polyline key={points} points={points} fill="none" stroke="var(--mantine-color-porter-5)" strokeWidth={2} strokeLinejoin="round" />
            ))}
            {trend.months.map((month, index) =>
              month.average === null ? null : (
                <circle key={month.month} cx={x(index)} cy={y(month.average)} r={5} fill={colorOf(month.average)} stroke="white" strokeWidth={2}>
                  <title>{t('chart.point', { month: formatMonthLong(month.month), average: formatAverage(month.average), count: month.count, number: formatNumber(month.count) })}</title>
                </circle>
              ),
            )}
          </g>
        ) : null}
      </svg>
      <VisuallyHidden>
        <Table>
          <caption>{t('chart.caption', { lowest: ratingText(t, 1), highest: ratingText(t, 5) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('chart.month')}</th>
              <th scope="col">{t('chart.average')}</th>
              <th scope="col">{t('chart.ratings')}</th>
            </tr>
          </thead>
          <tbody>
            {trend.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonthLong(month.month)}</th>
                <td>{month.average === null ? t('chart.noRatingsCell') : formatAverage(month.average)}</td>
                <td>{formatNumber(month.count)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
      {trend.overallAverage === null ? (
        <Text size="sm" c="dimmed" ta="center" mt="xs">
          {t('chart.noRatings', { count: trend.months.length, number: formatNumber(trend.months.length) })}
        </Text>
      ) : null}
    </Box>
  );
}
