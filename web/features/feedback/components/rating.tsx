import { Badge } from '@mantine/core';
import { IconMoodAngry, IconMoodEmpty, IconMoodHappy, IconMoodSad, IconMoodSmile, type Icon } from '@tabler/icons-react';
import { ratingLabel, type feedbackRatings } from '../../../../shared/features/feedback/feedback.contract.ts';

/** Red for the two unhappy steps, gray for neutral, green for the happy ones. */
export function ratingColor(rating: number): string {
  if (rating <= 2) return 'red';
  if (rating === 3) return 'gray';
  return 'green';
}

/** A face and a shade per step, for the five large buttons customers choose from. */
export const ratingFaces: Record<(typeof feedbackRatings)[number]['value'], { icon: Icon; color: string }> = {
  1: { icon: IconMoodAngry, color: 'red' },
  2: { icon: IconMoodSad, color: 'orange' },
  3: { icon: IconMoodEmpty, color: 'gray' },
  4: { icon: IconMoodSmile, color: 'lime' },
  5: { icon: IconMoodHappy, color: 'green' },
};

export function RatingBadge({ rating }: { rating: number }) {
  return (
    <Badge variant="light" color={ratingColor(rating)} tt="none" style={{ flexShrink: 0 }}>
      {ratingLabel(rating)}
    </Badge>
  );
}
