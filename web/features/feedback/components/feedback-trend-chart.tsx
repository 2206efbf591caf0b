import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { ratingLabel, type FeedbackTrend } from '../../../../shared/features/feedback/feedback.contract.ts';
import { formatMonthLong, formatMonthShort } from '../../../lib/format.ts';

const height = 200;
const padding = { top: 12, right: 12, bottom: 28, left: 28 };
const ratings = [1, 2, 3, 4, 5];

/** The same red, gray and green as the rating badges, by the step the average rounds to. */
function colorOf(average: number): string {
  if (average < 2.5) return 'var(--mantine-color-red-7)';
  if (average < 3.5) return 'var(--mantine-color-gray-6)';
  return 'var(--mantine-color-green-7)';
}

function oneDecimal(value: number): string {
  return value.toFixed(1);
}

/** Words for screen readers: how the months went, first to last, and the overall average. */
function summary(trend: FeedbackTrend): string {
  const rated = trend.months.filter((month): month is FeedbackTrend['months'][number] & { average: number } => month.average !== null);
  const first = rated[0];
  const last = rated.at(-1);
  if (!first || !last || trend.overallAverage === null) return `No ratings in the last ${String(trend.months.length)} months.`;
  const overall = `Overall ${oneDecimal(trend.overallAverage)} (${ratingLabel(Math.round(trend.overallAverage))}).`;
  if (first === last) return `Average rating by month: only ${formatMonthLong(first.month)} has ratings, averaging ${oneDecimal(first.average)}. ${overall}`;
  const direction = last.average > first.average + 0.2 ? 'rising' : last.average < first.average - 0.2 ? 'falling' : 'steady';
  return `Average rating by month, ${direction}: ${oneDecimal(first.average)} in ${formatMonthLong(first.month)} and ${oneDecimal(last.average)} in ${formatMonthLong(last.month)}. ${overall}`;
}

/** The monthly average on a 1–5 scale: a line through the months that have ratings, a gap where none came in. */
export function FeedbackTrendChart({ trend }: { trend: FeedbackTrend }) {
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
      <svg width="100%" height={height} role="img" aria-label={summary(trend)} style={{ display: 'block', overflow: 'visible' }}>
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
                  {value}
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
                  <title>{`${formatMonthLong(month.month)}: ${oneDecimal(month.average)} from ${String(month.count)} ${month.count === 1 ? 'rating' : 'ratings'}`}</title>
                </circle>
              ),
            )}
          </g>
        ) : null}
      </svg>
      <VisuallyHidden>
        <Table>
          <caption>Average rating per month, 1 (Extremely Dissatisfied) to 5 (Extremely Satisfied)</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              <th scope="col">Average</th>
              <th scope="col">Ratings</th>
            </tr>
          </thead>
          <tbody>
            {trend.months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonthLong(month.month)}</th>
                <td>{month.average === null ? 'No ratings' : oneDecimal(month.average)}</td>
                <td>{month.count}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
      {trend.overallAverage === null ? (
        <Text size="sm" c="dimmed" ta="center" mt="xs">
          No ratings in the last {trend.months.length} months.
        </Text>
      ) : null}
    </Box>
  );
}
