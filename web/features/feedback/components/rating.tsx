import { Badge } from '@mantine/core';
import { IconMoodAngry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile, type Icon } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { feedbackRatings } from '../../../../shared/features/feedback/feedback.contract.ts';
import { numberFormat } from '../../../../shared/i18n/intl.ts';
import { formatLocale } from '../../../lib/i18n.ts';

type Rating = (typeof feedbackRatings)[number]['value'];

function isRating(rating: number): rating is Rating {
  return Number.isInteger(rating) && rating >= 1 && rating <= 5;
}

const ratingKeys = {
  1: 'extremelyDissatisfied',
  2: 'dissatisfied',
  3: 'neutral',
  4: 'satisfied',
  5: 'extremelySatisfied',
} as const satisfies Record<Rating, string>;

/** "Satisfied" for 4; a number off the scale is shown as it is. */
export function ratingText(t: TFunction<'feedback'>, rating: number): string {
  return isRating(rating) ? t(`ratings.${ratingKeys[rating]}`) : String(rating);
}

/** An average on the scale to one decimal, "4.2" (or "4,2"), in the page's language. */
export function formatAverage(value: number): string {
  return numberFormat(formatLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** Red for the two unhappy steps, gray for neutral, green for the happy ones. */
export function ratingColor(rating: number): string {
  if (rating <= 2) return 'red';
  if (rating === 3) return 'gray';
  return 'green';
}

/** A face and a shade per step, for the five large buttons customers choose from. */
export const ratingFaces: Record<Rating, { icon: Icon; color: string }> = {
  1: { icon: IconMoodAngry, color: 'red' },
  2: { icon: IconMoodSad, color: 'orange' },
  3: { icon: IconMoodEmpty, color: 'gray' },
  4: { icon: IconMoodSmile, color: 'lime' },
  5: { icon: IconMoodHappy, color: 'green' },
};

export function RatingBadge({ rating }: { rating: number }) {
  const { t } = useTranslation('feedback');
  return (
    <Badge variant="light" color={ratingColor(rating)} tt="none" style={{ flexShrink: 0 }}>
      {ratingText(t, rating)}
    </Badge>
  );
}
