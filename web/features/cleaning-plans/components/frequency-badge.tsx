import { Badge } from '@mantine/core';
import type { CleaningFrequency } from '../../../../shared/features/cleaning-plans/cleaning-plans.contract.ts';

/** How often a task is done, in words the page supplies (office and portal name them in their own catalogues). */
const frequencyColors: Record<CleaningFrequency, string> = { every_visit: 'teal', weekly: 'blue', monthly: 'grape' };

export function FrequencyBadge({ frequency, label }: { frequency: CleaningFrequency; label: string }) {
  return (
    <Badge variant="light" color={frequencyColors[frequency]} tt="none" radius="sm" style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
