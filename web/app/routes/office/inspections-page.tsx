import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck, IconPlus } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { ButtonLink } from '../../../components/router-links.tsx';
import { useInspection } from '../../../features/inspections/api/get-inspection.ts';
import { useInspectionTrends } from '../../../features/inspections/api/get-inspection-trends.ts';
import { useInspections } from '../../../features/inspections/api/get-inspections.ts';
import { InspectionDetail } from '../../../features/inspections/components/inspection-detail.tsx';
import { InspectionList } from '../../../features/inspections/components/inspection-list.tsx';
import { ScoreBadge } from '../../../features/inspections/components/score.tsx';
import { ScoreTrendChart } from '../../../features/inspections/components/score-trend-chart.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';
import { CustomerLocationFilters } from './customer-location-filters.tsx';

const inspectionsRoute = getRouteApi('/office/inspections');
const pageSize = 20;

function OfficeInspectionDetail({ id }: { id: string }) {
  const query = useInspection(id);
  if (!query.data) return <PageLoader />;
  return <InspectionDetail inspection={query.data} />;
}

/** Each location's score trend, side by side. */
function Trends({ locationId, customerId }: { locationId?: string | undefined; customerId?: string | undefined }) {
  const { t } = useTranslation('inspections');
  const trends = useInspectionTrends({ locationId, customerId });
  if (!trends.data || trends.data.locations.length === 0) return null;
  return (
    <section aria-labelledby="trends-title">
      <Title order={2} fz="lg" id="trends-title" mb="sm">
        {t('page.trends')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
        {trends.data.locations.map((trend) => (
          <Card key={trend.locationId} withBorder radius="lg" padding="md">
            <Stack gap="xs">
              <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} truncate>
                    {trend.locationName}
                  </Text>
                  <Text size="sm" c="dimmed" truncate>
                    {trend.customerName}
                  </Text>
                </div>
                <ScoreBadge score={trend.points.at(-1)?.score ?? null} />
              </div>
              <ScoreTrendChart points={trend.points} zone={trend.locationTimeZone} locationName={trend.locationName} height={120} />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </section>
  );
}

export function InspectionsPage() {
  const { t } = useTranslation('inspections');
  usePageTitle(t('page.title'));
  const search = inspectionsRoute.useSearch();
  const navigate = inspectionsRoute.useNavigate();
  const page = pageOrFirst(search.page);
  const list = useInspections({ locationId: search.locationId, customerId: search.customerId, page, pageSize });

  return (
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          <ButtonLink to="/office/inspections/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('page.inspect')}
          </ButtonLink>
        }
      />
      <FilterBar activeCount={[search.customerId, search.locationId].filter(Boolean).length}>
        <CustomerLocationFilters
          customerId={search.customerId}
          locationId={search.locationId}
          onChange={(next) => void navigate({ search: (previous) => ({ ...previous, ...next, page: undefined }) })}
        />
      </FilterBar>
      <Stack gap="xl">
        <Trends locationId={search.locationId} customerId={search.customerId} />
        <section aria-labelledby="inspections-title">
          <Title order={2} fz="lg" id="inspections-title" mb="sm">
            {t('page.list')}
          </Title>
          {list.isError && !list.data ? (
            <LoadErrorAlert error={list.error} onRetry={() => void list.refetch()} title={t('page.loadFailed')} />
          ) : !list.data ? (
            <PageLoader />
          ) : list.data.items.length === 0 ? (
            <Card withBorder radius="lg">
              <EmptyState icon={<IconClipboardCheck size={28} />} title={t('page.empty')} description={t('page.emptyText')} />
            </Card>
          ) : (
            <Stack gap="md">
              <InspectionList items={list.data.items} showPlace renderDetail={(id) => <OfficeInspectionDetail id={id} />} />
              <PaginationFooter page={page} pageSize={pageSize} total={list.data.total} onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: pageForUrl(next) }) })} />
            </Stack>
          )}
        </section>
      </Stack>
    </>
  );
}
