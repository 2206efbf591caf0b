import { Box, Table, Text, VisuallyHidden } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { ScorePoint } from '../../../../shared/features/inspections/inspections.contract.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatScore, scoreColor } from './score.tsx';

const padding = { top: 10, right: 10, bottom: 24, left: 36 };
const gridLines = [0, 50, 100];

interface ScoreTrendChartProps {
  points: ScorePoint[];
  /** The location's clock, on which each inspection's day is shown. */
  zone: string;
  /** Where the chart sits: its caption and summary name it. */
  locationName: string;
  height?: number;
}

/**
 * A location's latest scores, oldest first: a line on 0–100 %. The picture is hidden from screen
 * readers, which get a sentence (first, last, direction) and the same points as a table.
 */
export function ScoreTrendChart({ points, zone, locationName, height = 160 }: ScoreTrendChartProps) {
  const { t } = useTranslation('qualityChecks');
  const { ref, width } = useElementSize();
  if (points.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('trend.empty')}
      </Text>
    );
  }
  const plotWidth = Math.max(0, width - padding.left - padding.right);
  const plotHeight = height - padding.top - padding.bottom;
  const x = (index: number) => padding.left + (points.length > 1 ? (index * plotWidth) / (points.length - 1) : plotWidth / 2);
  const y = (score: number) => padding.top + ((100 - score) / 100) * plotHeight;
  const first = points[0]!;
  const last = points.at(-1)!;
  const direction = points.length === 1 ? 'one' : last.score > first.score + 2 ? 'rising' : last.score < first.score - 2 ? 'falling' : 'steady';
  const summary = t(`trend.${direction}`, {
    location: locationName,
    number: points.length,
    first: formatScore(first.score),
    firstDate: formatDate(first.inspectedAt, zone),
    last: formatScore(last.score),
    lastDate: formatDate(last.inspectedAt, zone),
  });

  return (
    <Box ref={ref} w="100%">
      <svg width="100%" height={height} role="img" aria-label={summary} style={{ display: 'block', overflow: 'visible' }}>
        {width > 0 ? (
          <g aria-hidden>
            {gridLines.map((value) => (
              <g key={value}>
                <line x1={padding.left} x2={padding.left + plotWidth} y1={y(value)} y2={y(value)} stroke="var(--mantine-color-gray-3)" strokeDasharray={value === 0 ? undefined : '3 3'} />
                <text x={padding.left - 6} y={y(value)} textAnchor="end" dominantBaseline="middle" fontSize={11} fill="var(--mantine-color-dimmed)">
                  {formatScore(value)}
                </text>
              </g>
            ))}
            <text x={x(0)} y={height - 6} textAnchor="start" fontSize={11} fill="var(--mantine-color-dimmed)">
              {formatDate(first.inspectedAt, zone)}
            </text>
            {points.length > 1 ? (
              <text x={x(points.length - 1)} y={height - 6} textAnchor="end" fontSize={11} fill="var(--mantine-color-dimmed)">
                {formatDate(last.inspectedAt, zone)}
              </text>
            ) : null}
            <polyline points={points.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ')} fill="none" stroke="var(--mantine-color-porter-5)" strokeWidth={2} strokeLinejoin="round" />
            {points.map((p, i) => (
              <circle key={p.inspectionId} cx={x(i)} cy={y(p.score)} r={4.5} fill={`var(--mantine-color-${scoreColor(p.score)}-7)`} stroke="white" strokeWidth={2}>
                <title>{t('trend.point', { date: formatDate(p.inspectedAt, zone), score: formatScore(p.score) })}</title>
              </circle>
            ))}
          </g>
        ) : null}
      </svg>
      <VisuallyHidden>
        <Table>
          <caption>{t('trend.caption', { location: locationName })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trend.date')}</th>
              <th scope="col">{t('trend.score')}</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.inspectionId}>
                <th scope="row">{formatDate(p.inspectedAt, zone)}</th>
                <td>{formatScore(p.score)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </Box>
  );
}
