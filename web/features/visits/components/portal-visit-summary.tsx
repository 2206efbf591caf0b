import { Alert } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { usePortalVisit } from '../api/portal-visit.ts';
import { formatVisitWhen } from '../portal-format.ts';

/** Which visit a new request is about, above its form; nothing while it loads or if it is not the customer's. */
export function PortalVisitSummary({ slug, visitId }: { slug: string; visitId: string }) {
  const { t } = useTranslation('portalVisits');
  const query = usePortalVisit(slug, visitId);
  if (!query.data) return null;
  return (
    <Alert variant="light" icon={<IconCalendarEvent size={20} />}>
      {t('aboutVisit', { service: query.data.name, when: formatVisitWhen(query.data.startsAt, query.data.timeZone) })}
    </Alert>
  );
}
