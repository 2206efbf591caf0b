import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalVisitWhen } from '../../../../shared/features/visits/portal-visits.contract.ts';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { usePortalVisits } from '../api/portal-visits.ts';
import { PortalVisitCard } from './portal-visit-card.tsx';

interface PortalVisitListProps {
  slug: string;
  locationId: string;
  when: PortalVisitWhen;
  companyName: string;
  readOnly: boolean;
}

const titles = { upcoming: 'services.upcoming', past: 'services.past' } as const;
const empty = { upcoming: 'services.noUpcoming', past: 'services.noPast' } as const;

/** Visits still to come (soonest first) or past (newest first), ten at a time. */
export function PortalVisitList({ slug, locationId, when, companyName, readOnly }: PortalVisitListProps) {
  const { t } = useTranslation('portalVisits');
  const [page, setPage] = useState(1);
  const query = usePortalVisits(slug, locationId, when, page);
  const headingId = `visits-${when}`;

  function body() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('services.loadFailed')} />;
    if (!query.data) return <Skeleton height={120} radius="lg" />;
    if (query.data.items.length === 0) {
      return (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            {t(empty[when])}
          </Text>
        </Paper>
      );
    }
    const { requestsEnabled } = query.data;
    return (
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {query.data.items.map((visit) => (
          <PortalVisitCard key={visit.id} slug={slug} visit={visit} companyName={companyName} requestsEnabled={requestsEnabled} readOnly={readOnly} />
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" id={headingId}>
        {t(titles[when])}
      </Title>
      {body()}
      {query.data && query.data.total > query.data.pageSize ? <PaginationFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={setPage} /> : null}
    </Stack>
  );
}
