import { Badge } from '@mantine/core';
import type { CustomerType } from '../api/get-customers.ts';

export function CustomerTypeBadge({ type }: { type: CustomerType }) {
  return type === 'commercial' ? (
    <Badge variant="light" color="blue" miw="max-content">
      Commercial
    </Badge>
  ) : (
    <Badge variant="light" color="grape" miw="max-content">
      Residential
    </Badge>
  );
}
