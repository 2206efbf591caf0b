import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CustomerType } from '../../../../shared/features/customers/customers.contract.ts';

const typeColors: Record<CustomerType, string> = { commercial: 'blue', residential: 'grape' };

export function CustomerTypeBadge({ type }: { type: CustomerType }) {
  const { t } = useTranslation('customers');
  return (
    <Badge variant="light" color={typeColors[type]} miw="max-content">
      {t(`types.${type}`)}
    </Badge>
  );
}

export function ArchivedBadge() {
  const { t } = useTranslation('customers');
  return (
    <Badge variant="light" color="gray" miw="max-content">
      {t('archived')}
    </Badge>
  );
}
