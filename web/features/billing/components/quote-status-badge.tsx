import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../../../shared/features/billing/quotes.contract.ts';

const colors: Record<QuoteStatus, string> = { draft: 'gray', sent: 'blue', accepted: 'teal', declined: 'red', expired: 'orange' };

/** A quote's status; `ns` picks the office's words or the customer's. */
export function QuoteStatusBadge({ status, ns = 'quotes' }: { status: QuoteStatus; ns?: 'quotes' | 'portalQuotes' }) {
  const { t } = useTranslation(ns);
  return (
    <Badge color={colors[status]} variant="light">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
