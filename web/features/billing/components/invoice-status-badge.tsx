import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InvoiceStatusName } from '../../../../shared/features/billing/invoices.contract.ts';

const colors: Record<InvoiceStatusName, string> = { draft: 'gray', sent: 'blue', partly_paid: 'yellow', paid: 'green', void: 'dark' };

export function InvoiceStatusBadge({ status, overdue }: { status: InvoiceStatusName; overdue?: boolean }) {
  const { t } = useTranslation('invoices');
  if (overdue) return <Badge color="red" variant="light">{t('status.overdue')}</Badge>;
  return (
    <Badge color={colors[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
