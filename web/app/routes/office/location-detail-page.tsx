import { Group, Stack, Tabs } from '@mantine/core';
import { IconCalendarEvent, IconFolder, IconMessages, IconInfoCircle, IconListCheck, IconMoodSmile, IconUsers, IconWorldWww, type Icon } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { DetailQueryState } from '../../../components/detail-query-state.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { ScrollingTabsList } from '../../../components/scrolling-tabs-list.tsx';
import { CleaningPlanPanel } from '../../../features/cleaning-plans/components/cleaning-plan-panel.tsx';
import { FeedbackList } from '../../../features/feedback/components/feedback-list.tsx';
import { FeedbackTrendCard } from '../../../features/feedback/components/feedback-trend-card.tsx';
import { useLocation } from '../../../features/locations/api/get-location.ts';
import { useTakesPartInChat } from '../../../features/chat/api/use-takes-part.ts';
import { LocationAssignments } from '../../../features/locations/components/location-assignments.tsx';
import { LocationHeader } from '../../../features/locations/components/location-header.tsx';
import { LocationOverview } from '../../../features/locations/components/location-overview.tsx';
import { OwnerCustomFieldsCard } from '../../../features/custom-fields/components/owner-custom-fields-card.tsx';
import { LocationPortalPanel } from '../../../features/locations/components/location-portal-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { VisitList } from '../../../features/visits/components/visit-list.tsx';
import { locationTabs, type LocationTab } from '../../detail-tabs.ts';
import { oneOf } from '../../search-params.ts';
import { locationsPolicy } from '../../../../shared/features/locations/locations.policy.ts';
import { cleaningPlansPolicy } from '../../../../shared/features/cleaning-plans/cleaning-plans.policy.ts';
import { ButtonLink } from '../../../components/router-links.tsx';
import { filesPolicy } from '../../../../shared/features/files/files.policy.ts';
import { useFileSettings } from '../../../features/files/api/get-file-settings.ts';
import { LocationFilesPanel } from '../../../features/files/components/location-files-panel.tsx';

const officeRoute = getRouteApi('/office');
const locationRoute = getRouteApi('/office/locations/$locationId');

// Each tab's name is in the catalogue under locations:detail.tabs.<tab>.
const tabIcons: Record<LocationTab, Icon> = {
  overview: IconInfoCircle,
  schedule: IconCalendarEvent,
  portal: IconWorldWww,
  assignments: IconUsers,
  feedback: IconMoodSmile,
  'cleaning-plan': IconListCheck,
  files: IconFolder,
};

function LocationFeedback({ locationId }: { locationId: string }) {
  const [page, setPage] = useState(1);
  return (
    <Stack gap="lg">
      <FeedbackTrendCard params={{ locationId }} />
      <div>
        <FeedbackList params={{ locationId, page, pageSize: 10 }} filtered={false} onClearFilters={() => { setPage(1); }} onPageChange={setPage} />
      </div>
    </Stack>
  );
}

export function LocationDetailPage() {
  const { t } = useTranslation('locations');
  const { t: tChat } = useTranslation('chat');
  const { me } = officeRoute.useRouteContext();
  const { locationId } = locationRoute.useParams();
  const { tab = 'overview' } = locationRoute.useSearch();
  const navigate = locationRoute.useNavigate();
  const query = useLocation(locationId);
  const takesPartInChat = useTakesPartInChat(locationId, me.user);
  usePageTitle(query.data?.name ?? t('thing'));
  const canManage = hasRoleAtLeast(me.user.role, locationsPolicy.manage);
  const canManageFiles = hasRoleAtLeast(me.user.role, filesPolicy.manage);
  const fileSettings = useFileSettings(canManageFiles && tab === 'files');
  const tabs = locationTabs.filter((value) => (value !== 'cleaning-plan' || hasRoleAtLeast(me.user.role, cleaningPlansPolicy.read)) && (value !== 'files' || hasRoleAtLeast(me.user.role, filesPolicy.read)));

  return (
    <DetailQueryState query={query} thing="location">
      {(location) => (
        <>
          <AnchorLink to="/office/locations" size="sm" mb="xs" display="inline-block">
            {t('backToList')}
          </AnchorLink>
          <LocationHeader location={location} />
          {takesPartInChat ? (
            <Group mb="md">
              <ButtonLink to="/office/chat/$locationId" params={{ locationId: location.id }} variant="light" leftSection={<IconMessages size={18} aria-hidden />}>
                {tChat('office.open')}
              </ButtonLink>
            </Group>
          ) : null}
          <Tabs
            value={tab}
            onChange={(value) => {
              const next = oneOf(locationTabs, value);
              // Its own location, named: a tap on a page still shown while the next one loads must not take the next one's address.
              void navigate({ to: '/office/locations/$locationId', params: { locationId }, search: { tab: next === 'overview' ? undefined : next }, replace: true });
            }}
            keepMounted={false}
          >
            <ScrollingTabsList>
              {tabs.map((value) => {
                const TabIcon = tabIcons[value];
                return (
                  <Tabs.Tab key={value} value={value} leftSection={<TabIcon size={16} aria-hidden />} style={{ flexShrink: 0 }}>
                    {t(`detail.tabs.${value}`)}
                  </Tabs.Tab>
                );
              })}
            </ScrollingTabsList>
            <Tabs.Panel value="overview">
              <Stack gap="lg">
                <LocationOverview location={location} canManage={canManage} />
                <OwnerCustomFieldsCard kind="location" id={location.id} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="schedule">
              <VisitList locationId={location.id} />
            </Tabs.Panel>
            <Tabs.Panel value="portal">
              <LocationPortalPanel location={location} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="assignments">
              <LocationAssignments locationId={location.id} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="cleaning-plan">
              <CleaningPlanPanel locationId={location.id} canManage={hasRoleAtLeast(me.user.role, cleaningPlansPolicy.manage)} />
            </Tabs.Panel>
            <Tabs.Panel value="files">
              <LocationFilesPanel locationId={location.id} canManage={canManageFiles} fileStorageOn={location.portalEnabled && location.features.fileStorage} uploadLimitMb={fileSettings.data?.uploadLimitMb ?? null} />
            </Tabs.Panel>
            {/* Rendered only while open: a hidden panel is labelled "Feedback" too, like the portal switch of that name. */}
            {tab === 'feedback' ? (
              <Tabs.Panel value="feedback">
                <LocationFeedback locationId={location.id} />
              </Tabs.Panel>
            ) : null}
          </Tabs>
        </>
      )}
    </DetailQueryState>
  );
}
