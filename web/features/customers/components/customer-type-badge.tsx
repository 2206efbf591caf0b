import { Badge } from '@mantine/core';
import type { CustomerType } from '../../../../shared/features/customers/customers.contract.ts';

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

export function ArchivedBadge() {
  return (
    <Badge variant="light" color="gray" miw="max-content">
      Archived
    </Badge>
  );
}
