import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { InspectionScale } from '../../../../shared/features/inspections/inspections.contract.ts';
import { numberFormat } from '../../../../shared/i18n/intl.ts';
import { formatNumber } from '../../../lib/format.ts';

/** Red below 60, gray below 80, green from 80: the same steps in the badge and the chart. */
export function scoreColor(score: number): string {
  if (score < 60) return 'red';
  if (score < 80) return 'gray';
  return 'green';
}

/** "87 %" in the reader's language. */
export function formatScore(score: number): string {
  return numberFormat(undefined, { style: 'percent' }).format(score / 100);
}

/** An area's rating in words: "4 of 5", "Pass", "Not rated". */
export function ratingWords(t: TFunction<'qualityChecks'>, scale: InspectionScale, rating: number | null): string {
  if (rating === null) return t('rating.notRated');
  if (scale === 'pass_fail') return rating === 1 ? t('rating.pass') : t('rating.fail');
  return t('rating.ofFive', { rating: formatNumber(rating) });
}

export function ScoreBadge({ score, size = 'lg' }: { score: number | null; size?: 'md' | 'lg' | 'xl' }) {
  const { t } = useTranslation('qualityChecks');
  // Never shrunk: beside a long name on a phone the number would be cut to "9…".
  if (score === null) return <Badge variant="light" color="gray" size={size} style={{ flexShrink: 0, overflow: 'visible' }}>{t('score.none')}</Badge>;
  return (
    <Badge variant="light" color={scoreColor(score)} size={size} style={{ flexShrink: 0, overflow: 'visible' }}>
      {formatScore(score)}
    </Badge>
  );
}
