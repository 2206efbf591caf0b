import { NativeSelect, NumberInput, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inboxSorts, mayHandleRequests } from '../../../../shared/features/service-requests/service-requests.contract.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { CustomerLocationFilters } from './customer-location-filters.tsx';
import { inboxStatuses, type InboxSort, type InboxStatus } from '../../../features/service-requests/api/get-inbox.ts';
import { InboxList } from '../../../features/service-requests/components/inbox-list.tsx';
import { requestStatusLabel } from '../../../features/service-requests/components/request-status-badge.tsx';
import { useServices } from '../../../features/services/api/get-services.ts';
import { useRequestCategories } from '../../../features/services/api/get-request-categories.ts';
import { staffQueryOptions } from '../../../features/staff/api/get-staff.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { oneOf } from '../../search-params.ts';
import { serviceRequestsPolicy } from '../../../../shared/features/service-requests/service-requests.policy.ts';

const officeRoute = getRouteApi('/office');
const requestsRoute = getRouteApi('/office/requests');

const pageSize = 25;

/** "Older than" saves a moment after typing stops, so each keystroke does not become a history entry. */
function OlderThanInput({ value, onChange }: { value: number | undefined; onChange: (days: number | undefined) => void }) {
  const { t } = useTranslation('serviceRequests');
  const [text, setText] = useState<string | number>(value ?? '');
  const [shownValue, setShownValue] = useState(value);
  const commit = useDebouncedCallback((next: string | number) => {
    const days = typeof next === 'number' ? next : Number.parseInt(next, 10);
    onChange(Number.isInteger(days) && days >= 1 ? days : undefined);
  }, 400);

  if (value !== shownValue) {
    setShownValue(value);
    setText(value ?? '');
  }

  return (
    <NumberInput
      label={t('inbox.olderThan')}
      placeholder={t('inbox.anyAge')}
      min={1}
      max={3650}
      allowDecimal={false}
      allowNegative={false}
      hideControls
      rightSection={
        <Text size="sm" c="dimmed">
          {t('inbox.days')}
        </Text>
      }
      rightSectionWidth={48}
      size="md"
      value={text}
      onChange={(next) => {
        setText(next);
        commit(next);
      }}
      w={{ base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 130 }}
    />
  );
}

export function RequestsPage() {
  const { t } = useTranslation(['serviceRequests', 'common']);
  usePageTitle(t('inbox.title'));
  const { me } = officeRoute.useRouteContext();
  const search = requestsRoute.useSearch();
  const navigate = requestsRoute.useNavigate();
  const canAssign = hasRoleAtLeast(me.user.role, serviceRequestsPolicy.assign);
  // Only managers and up may list staff, so others filter by "Anyone" or "Unassigned" alone.
  const staff = useQuery({ ...staffQueryOptions(), enabled: canAssign });
  const services = useServices();
  const categories = useRequestCategories();

  type Filters = typeof search;
  // A new filter starts again at the first page (the list keeps its place itself); typing refines one search, so it replaces the history entry.
  function change(next: Partial<Filters>, replace = false) {
    void navigate({ search: (previous) => ({ ...previous, ...next }), replace });
  }

  const statusOptions = inboxStatuses.map((status: InboxStatus) => ({
    value: status,
    label: status === 'unfinished' ? t('inbox.statusUnfinished') : status === 'all' ? t('inbox.statusAll') : requestStatusLabel(t, status, 'office'),
  }));
  const sortOptions = inboxSorts.map((sort: InboxSort) => ({ value: sort, label: t(`inbox.sorts.${sort}`) }));

  const subjectValue = search.serviceId ? `service:${search.serviceId}` : search.categoryId ? `category:${search.categoryId}` : '';
  const serviceOptions = (services.data?.items ?? []).map((service) => ({ value: `service:${service.id}`, label: service.name }));
  const categoryOptions = (categories.data?.items ?? []).map((category) => ({ value: `category:${category.id}`, label: category.name }));
  const subjectOptions = [
    { value: '', label: t('inbox.anySubject') },
    ...(serviceOptions.length > 0 ? [{ group: t('inbox.services'), items: serviceOptions }] : []),
    ...(categoryOptions.length > 0 ? [{ group: t('inbox.categories'), items: categoryOptions }] : []),
  ];

  const assigneeOptions = [
    { value: '', label: t('inbox.anyone') },
    { value: 'none', label: t('common:states.unassigned') },
    // Only those a request can be assigned to; former staff stay, as they may still hold some.
    ...(staff.data?.items ?? []).filter((member) => mayHandleRequests(member.role)).map((member) => ({ value: member.id, label: member.name })),
  ];

  const filtered = Boolean(
    search.status || search.locationId || search.customerId || search.assigneeId || search.serviceId || search.categoryId || search.olderThanDays || search.q,
  );
  // Sort is counted too: on a phone it sits behind the same button, and a changed order is worth seeing.
  const activeFilters = [
    search.status,
    search.sort,
    search.customerId,
    search.locationId,
    search.assigneeId,
    search.serviceId ?? search.categoryId,
    search.olderThanDays,
  ].filter((value) => value !== undefined).length;
  const half = { base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 170 };

  return (
    <>
      <PageHeader title={t('inbox.title')} description={t('inbox.description')} />
      <FilterBar
        activeCount={activeFilters}
        search={
          <SearchInput
            label={t('inbox.search')}
            placeholder={t('inbox.searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => { change({ q: q || undefined }, q !== search.q); }}
          />
        }
      >
        <NativeSelect
          label={t('common:fields.status')}
          data={statusOptions}
          value={search.status ?? 'unfinished'}
          onChange={(event) => {
            const status: InboxStatus | undefined = oneOf(inboxStatuses, event.currentTarget.value);
            change({ status: status === 'unfinished' ? undefined : status });
          }}
          size="md"
          w={half}
        />
        <NativeSelect
          label={t('inbox.sort')}
          data={sortOptions}
          value={search.sort ?? 'newest'}
          onChange={(event) => {
            const sort = oneOf(inboxSorts, event.currentTarget.value);
            change({ sort: sort === 'newest' ? undefined : sort });
          }}
          size="md"
          w={half}
        />
        <CustomerLocationFilters customerId={search.customerId} locationId={search.locationId} onChange={change} />
        <NativeSelect
          label={t('inbox.assignee')}
          data={assigneeOptions}
          value={search.assigneeId ?? ''}
          onChange={(event) => { change({ assigneeId: event.currentTarget.value || undefined }); }}
          size="md"
          w={half}
        />
        <NativeSelect
          label={t('inbox.subject')}
          data={subjectOptions}
          value={subjectValue}
          onChange={(event) => {
            const [kind, id] = event.currentTarget.value.split(':');
            change({ serviceId: kind === 'service' ? id : undefined, categoryId: kind === 'category' ? id : undefined });
          }}
          size="md"
          w={{ base: '100%', xs: 220 }}
        />
        <OlderThanInput value={search.olderThanDays} onChange={(olderThanDays) => { change({ olderThanDays }, true); }} />
      </FilterBar>
      <InboxList
        params={{
          status: search.status,
          locationId: search.locationId,
          customerId: search.customerId,
          assigneeId: search.assigneeId,
          serviceId: search.serviceId,
          categoryId: search.categoryId,
          olderThanDays: search.olderThanDays,
          q: search.q,
          sort: search.sort,
          pageSize,
        }}
        filtered={filtered}
        onClearFilters={() => void navigate({ search: {} })}
      />
    </>
  );
}
