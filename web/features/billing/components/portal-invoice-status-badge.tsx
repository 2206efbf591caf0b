import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PortalInvoice } from '../../../../shared/features/billing/portal-billing.contract.ts';

const colors: Record<PortalInvoice['status'], string> = { sent: 'blue', partly_paid: 'yellow', paid: 'teal', void: 'gray' };

/** Open, partly paid, paid or void; Overdue in red while it is owed after its due date. */
export function PortalInvoiceStatusBadge({ invoice }: { invoice: Pick<PortalInvoice, 'status' | 'overdue'> }) {
  const { t } = useTranslation('portalBilling');
  if (invoice.overdue) {
    return (
      <Badge color="red" variant="light" tt="none">
        {t('status.overdue')}
      </Badge>
    );
  }
  return (
    <Badge color={colors[invoice.status]} variant="light" tt="none">
      {t(`status.${invoice.status}`)}
    </Badge>
  );
}
