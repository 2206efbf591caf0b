import { NativeSelect, Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { feedbackRatings } from '../../../../shared/features/feedback/feedback.contract.ts';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import type { FeedbackTrendParams } from '../../../features/feedback/api/get-feedback-trend.ts';
import { FeedbackList } from '../../../features/feedback/components/feedback-list.tsx';
import { FeedbackTrendCard } from '../../../features/feedback/components/feedback-trend-card.tsx';
import { ratingText } from '../../../features/feedback/components/rating.tsx';
import { CustomerLocationFilters } from './customer-location-filters.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';

const feedbackRoute = getRouteApi('/office/feedback');

const pageSize = 25;
/** The periods "Given" offers. */
const givenWithinDays = [7, 30, 90, 365];

export function FeedbackPage() {
  const { t } = useTranslation('feedback');
  usePageTitle(t('page.title'));
  const search = feedbackRoute.useSearch();
  const navigate = feedbackRoute.useNavigate();
  type Filters = Pick<typeof search, 'locationId' | 'customerId' | 'maxRating' | 'withinDays'>;

  function change(next: Partial<Filters>) {
    void navigate({ search: (previous) => ({ ...previous, ...next, page: undefined }) });
  }

  const ratingOptions = [
    { value: '', label: t('page.anyRating') },
    ...feedbackRatings.filter(({ value }) => value < 5).map(({ value }) => ({ value: String(value), label: ratingText(t, value) })),
  ];

  // A period from a link (the dashboard's 30 days) is offered even when it is not one of the usual ones.
  const periods = [...new Set([...givenWithinDays, ...(search.withinDays ? [search.withinDays] : [])])].sort((a, b) => a - b);
  const periodOptions = [{ value: '', label: t('page.anyTime') }, ...periods.map((days) => ({ value: String(days), label: t('page.withinDays', { count: days }) }))];

  // A location is the narrower of the two, so its trend wins when both are chosen.
  const trend: FeedbackTrendParams | null = search.locationId
    ? { locationId: search.locationId }
    : search.customerId
      ? { customerId: search.customerId }
      : null;

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <FilterBar activeCount={[search.customerId, search.locationId, search.maxRating, search.withinDays].filter(Boolean).length}>
        <CustomerLocationFilters customerId={search.customerId} locationId={search.locationId} onChange={change} />
        <NativeSelect
          label={t('page.maxRating')}
          data={ratingOptions}
          value={search.maxRating ? String(search.maxRating) : ''}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            change({ maxRating: value >= 1 && value <= 5 ? value : undefined });
          }}
          size="md"
          w={{ base: '100%', xs: 280 }}
        />
        <NativeSelect
          label={t('page.given')}
          data={periodOptions}
          value={search.withinDays ? String(search.withinDays) : ''}
          onChange={(event) => {
            const value = Number(event.currentTarget.value);
            change({ withinDays: value >= 1 ? value : undefined });
          }}
          size="md"
          w={{ base: '100%', xs: 220 }}
        />
      </FilterBar>
      <Stack gap="lg">
        {trend ? <FeedbackTrendCard key={trend.locationId ?? trend.customerId} params={trend} /> : null}
        <div>
          <FeedbackList
            params={{ ...search, page: pageOrFirst(search.page), pageSize }}
            filtered={Boolean(search.locationId || search.customerId || search.maxRating || search.withinDays)}
            onClearFilters={() => void navigate({ search: {} })}
            onPageChange={(page) => void navigate({ search: (previous) => ({ ...previous, page: pageForUrl(page) }) })}
          />
        </div>
      </Stack>
    </>
  );
}
