import { ActionIcon, Alert, Button, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarOff, IconChevronLeft, IconChevronRight, IconPlus, IconSearchOff } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduleVisit } from '../../../../shared/features/visits/schedule.contract.ts';
import { visitsPolicy } from '../../../../shared/features/visits/visits.policy.ts';
import type { Visit } from '../../../../shared/features/visits/visits.contract.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { EmptyState } from '../../../components/empty-state.tsx';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { CustomerSelect } from '../../../features/customers/components/customer-select.tsx';
import { LocationSelect } from '../../../features/locations/components/location-select.tsx';
import { useServices } from '../../../features/services/api/get-services.ts';
import { useSchedule, type ScheduleParams } from '../../../features/visits/api/get-schedule.ts';
import { useScheduleTeam } from '../../../features/visits/api/get-schedule-team.ts';
import { OneOffVisitForm } from '../../../features/visits/components/one-off-visit-form.tsx';
import { addDays, formatDay, mondayOf, startOfDayHere, todayOn, wallClockAt } from '../../../features/visits/components/schedule-dates.ts';
import { ScheduleDay } from '../../../features/visits/components/schedule-day.tsx';
import { ScheduleList } from '../../../features/visits/components/schedule-list.tsx';
import { ScheduleWeek } from '../../../features/visits/components/schedule-week.tsx';
import { VisitDrawer, type ShownVisit } from '../../../features/visits/components/visit-drawer.tsx';
import { VisitTimesheets } from '../../../features/field/components/visit-timesheets.tsx';
import { OfficeVisitWork } from '../../../features/field/components/office-visit-work.tsx';
import { useOnSite } from '../../../features/field/api/get-on-site.ts';
import { OnSiteContext } from '../../../features/visits/components/on-site-context.ts';
import { fieldPolicy } from '../../../../shared/features/field/field.policy.ts';
import { notifySaved } from '../../../lib/error-message.ts';
import { companyClock } from '../../../lib/format.ts';
import { formatLocale } from '../../../lib/i18n.ts';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { pageForUrl, pageOrFirst } from '../../search-params.ts';
import type { ScheduleView } from '../../schedule-views.ts';
import { CustomerLocationFilters } from './customer-location-filters.tsx';

const scheduleRoute = getRouteApi('/office/schedule');
const officeRoute = getRouteApi('/office');

const listPageSize = 25;

/** The first day a view shows and how many, for the day the person is looking at. */
function rangeOf(view: ScheduleView, date: string): { from: string; days: number } {
  return view === 'day' ? { from: date, days: 1 } : { from: mondayOf(date), days: 7 };
}

function RangeLabel({ view, date }: { view: ScheduleView; date: string }) {
  const { t } = useTranslation('schedule');
  const locale = formatLocale();
  const { from } = rangeOf(view, date);
  const text =
    view === 'day'
      ? formatDay(date, locale, 'long')
      : view === 'list'
        ? t('range.listFrom', { day: formatDay(date, locale, 'long') })
        : t('range.week', { from: formatDay(from, locale), to: formatDay(addDays(from, 6), locale) });
  return (
    <Title order={2} fz="lg" aria-live="polite">
      {text}
    </Title>
  );
}

interface RangeProps {
  params: ScheduleParams;
  view: Exclude<ScheduleView, 'list'>;
  filtered: boolean;
  onOpen: (visit: ScheduleVisit) => void;
  onClearFilters: () => void;
  onPageChange: (page: number) => void;
}

/** Marks who is on site now on the range's visit blocks, from the field feature's timesheets. */
function OnSiteMarks({ visits, children }: { visits: ScheduleVisit[]; children: ReactNode }) {
  const starts = visits.map((visit) => visit.startsAt).sort();
  const from = starts[0] ?? new Date(0).toISOString();
  const to = new Date(Date.parse(starts.at(-1) ?? from) + 1).toISOString();
  const onSite = useOnSite(from, to);
  const names = useMemo(() => new Map((onSite.data?.items ?? []).map((item) => [item.visitId, item.people.map((person) => person.name)])), [onSite.data]);
  return <OnSiteContext.Provider value={names}>{children}</OnSiteContext.Provider>;
}

function ScheduleRange({ params, view, filtered, onOpen, onClearFilters, onPageChange }: RangeProps) {
  const { t } = useTranslation(['schedule', 'common']);
  const query = useSchedule(params);
  if (query.isError && !query.data) {
    return (
      <Paper withBorder radius="lg">
        <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      </Paper>
    );
  }
  if (!query.data) {
    return (
      <Paper withBorder radius="lg">
        <TableSkeleton />
      </Paper>
    );
  }
  const { page, pageSize, totalMembers } = query.data;
  // A later page of team members shows its free people, not "no visits here".
  if (query.data.visits.length === 0 && totalMembers <= pageSize) {
    return (
      <Paper withBorder radius="lg">
        {filtered ? (
          <EmptyState
            icon={<IconSearchOff size={28} />}
            title={t('empty.title')}
            description={t('empty.filtered')}
            action={
              <Button variant="light" onClick={onClearFilters}>
                {t('common:actions.clearFilters')}
              </Button>
            }
          />
        ) : (
          <EmptyState icon={<IconCalendarOff size={28} />} title={t('empty.title')} description={t('empty.description')} />
        )}
      </Paper>
    );
  }
  return (
    <Stack gap="md" aria-busy={query.isFetching}>
      {query.data.truncated ? <Alert color="orange">{t('truncated')}</Alert> : null}
      <OnSiteMarks visits={query.data.visits}>
        {view === 'day' ? <ScheduleDay schedule={query.data} onOpen={onOpen} /> : <ScheduleWeek schedule={query.data} onOpen={onOpen} />}
      </OnSiteMarks>
      <PaginationFooter page={page} pageSize={pageSize} total={totalMembers} onPageChange={onPageChange} showing={(range) => t('members.showing', range)} />
    </Stack>
  );
}

export function SchedulePage() {
  const { t } = useTranslation(['schedule', 'app', 'common']);
  usePageTitle(t('page.title'));
  const search = scheduleRoute.useSearch();
  const navigate = scheduleRoute.useNavigate();
  const { me } = officeRoute.useRouteContext();
  const canManage = hasRoleAtLeast(me.user.role, visitsPolicy.manage);
  const canCorrect = hasRoleAtLeast(me.user.role, fieldPolicy.correctTimesheets);
  const staff = useScheduleTeam();
  const services = useServices();
  const [shown, setShown] = useState<ShownVisit | null>(null);
  const [drawerOpened, setDrawerOpened] = useState(false);
  const [creating, setCreating] = useState(false);

  const view: ScheduleView = search.view ?? 'week';
  const today = todayOn(companyClock());
  const date = search.date ?? today;
  const filters = { customerId: search.customerId, locationId: search.locationId, staffId: search.staffId };
  const filtered = Boolean(filters.customerId || filters.locationId || filters.staffId);
  const step = view === 'day' ? 1 : 7;
  // The currency comes with the schedule; the list view asks for it too, so the form always knows it.
  const currencySource = useSchedule({ ...rangeOf(view === 'list' ? 'day' : view, date), ...filters, page: view === 'list' ? 1 : pageOrFirst(search.page) });

  function change(next: Partial<typeof search>) {
    void navigate({ search: (previous) => ({ ...previous, ...next, page: undefined }) });
  }

  // Another day or week keeps the page of team members; the list starts again from its first page.
  function goTo(next: string) {
    void navigate({ search: (previous) => ({ ...previous, date: next === today ? undefined : next, page: view === 'list' ? undefined : previous.page }) });
  }

  function changePage(page: number) {
    void navigate({ search: (previous) => ({ ...previous, page: pageForUrl(page) }) });
  }

  function open(visit: ScheduleVisit) {
    setShown({ visit, doubleBooked: visit.doubleBooked });
    setDrawerOpened(true);
  }

  const customerLink = (visit: Visit) => (
    <AnchorLink to="/office/customers/$customerId" params={{ customerId: visit.customerId }}>
      {visit.customerName}
    </AnchorLink>
  );
  const locationLink = (visit: Visit) => (
    <AnchorLink to="/office/locations/$locationId" params={{ locationId: visit.locationId }}>
      {visit.locationName}
    </AnchorLink>
  );

  return (
    <>
      <PageHeader
        title={t('page.title')}
        description={t('page.description')}
        actions={
          canManage ? (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => { setCreating(true); }}>
              {t('newVisit.button')}
            </Button>
          ) : null
        }
      />
      <Group justify="space-between" align="center" gap="sm" mb="md" wrap="wrap">
        <Group gap="xs" wrap="wrap" align="center">
          <Group gap="xs" wrap="nowrap">
            <ActionIcon variant="default" size="lg" aria-label={step === 1 ? t('nav.previousDay') : t('nav.previousWeek')} onClick={() => { goTo(addDays(date, -step)); }}>
              <IconChevronLeft size={18} aria-hidden />
            </ActionIcon>
            <Button variant="default" onClick={() => { goTo(today); }} disabled={date === today}>
              {t('nav.today')}
            </Button>
            <ActionIcon variant="default" size="lg" aria-label={step === 1 ? t('nav.nextDay') : t('nav.nextWeek')} onClick={() => { goTo(addDays(date, step)); }}>
              <IconChevronRight size={18} aria-hidden />
            </ActionIcon>
          </Group>
          <RangeLabel view={view} date={date} />
        </Group>
        <SegmentedControl
          aria-label={t('views.label')}
          value={view}
          onChange={(next) => { change({ view: next === 'week' ? undefined : (next as ScheduleView) }); }}
          data={[
            { value: 'week', label: t('views.week') },
            { value: 'day', label: t('views.day') },
            { value: 'list', label: t('views.list') },
          ]}
        />
      </Group>
      <FilterBar activeCount={[filters.staffId, filters.customerId, filters.locationId].filter(Boolean).length}>
        <Select
          label={t('filters.member')}
          placeholder={t('filters.anyMember')}
          data={(staff.data?.items ?? []).map((member) => ({ value: member.id, label: member.name }))}
          value={filters.staffId ?? null}
          onChange={(id) => { change({ staffId: id ?? undefined }); }}
          searchable
          clearable
          size="md"
          w={{ base: '100%', xs: 240 }}
          comboboxProps={{ keepMounted: false }}
        />
        <CustomerLocationFilters customerId={filters.customerId} locationId={filters.locationId} onChange={change} />
      </FilterBar>
      {view === 'list' ? (
        <ScheduleList
          params={{ from: startOfDayHere(date), ...filters, pageSize: listPageSize }}
          onOpen={open}
        />
      ) : (
        <ScheduleRange
          params={{ ...rangeOf(view, date), ...filters, page: pageOrFirst(search.page) }}
          view={view}
          filtered={filtered}
          onOpen={open}
          onClearFilters={() => void navigate({ search: { view: search.view, date: search.date } })}
          onPageChange={changePage}
        />
      )}
      <VisitDrawer
        shown={shown}
        opened={drawerOpened}
        onClose={() => { setDrawerOpened(false); }}
        onChanged={(change) => { setShown({ visit: change.visit, doubleBooked: change.doubleBooked }); }}
        canManage={canManage}
        customerLink={customerLink}
        locationLink={locationLink}
        timesheets={(visit) => (
          <>
            <VisitTimesheets visitId={visit.id} timeZone={visit.timeZone} canCorrect={canCorrect} />
            <OfficeVisitWork visitId={visit.id} timeZone={visit.timeZone} />
          </>
        )}
      />
      <Modal opened={creating} onClose={() => { setCreating(false); }} title={<Text fw={700}>{t('newVisit.title')}</Text>} size="lg" centered>
        <OneOffVisitForm
          date={date < today ? today : date}
          currency={currencySource.data?.currency ?? 'USD'}
          services={(services.data?.items ?? []).filter((service) => service.active)}
          renderPlaces={({ customerId, locationId, onChange }) => (
            <Group gap="md" grow wrap="wrap" align="flex-start">
              <CustomerSelect value={customerId} onChange={(next) => { onChange({ customerId: next, locationId: undefined }); }} />
              <LocationSelect value={locationId} customerId={customerId} onChange={(next) => { onChange({ locationId: next }); }} />
            </Group>
          )}
          onCreated={(created) => {
            setCreating(false);
            if (!created.visit) {
              notifications.show({ color: 'teal', message: t('newVisit.doneLater') });
              return;
            }
            notifySaved(t('newVisit.done'));
            goTo(wallClockAt(created.visit.startsAt, created.visit.timeZone).date);
          }}
          onCancel={() => { setCreating(false); }}
        />
      </Modal>
    </>
  );
}
