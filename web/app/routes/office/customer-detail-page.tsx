import { Card, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconBell,
  IconClipboardCheck,
  IconFileDescription,
  IconFolder,
  IconNotebook,
  IconRepeat,
  IconInfoCircle,
  IconKey,
  IconMapPin,
  IconMessage2,
  IconMoodSmile,
  IconPackage,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { DetailQueryState } from '../../../components/detail-query-state.tsx';
import { AnchorLink, ButtonLink } from '../../../components/router-links.tsx';
import { ScrollingTabsList } from '../../../components/scrolling-tabs-list.tsx';
import { useCustomer } from '../../../features/customers/api/get-customer.ts';
import { CustomerHeader } from '../../../features/customers/components/customer-header.tsx';
import { CustomerOverview } from '../../../features/customers/components/customer-overview.tsx';
import { AssociatedStaffCard } from '../../../features/customers/components/associated-staff-card.tsx';
import { OwnerCustomFieldsCard } from '../../../features/custom-fields/components/owner-custom-fields-card.tsx';
import { CustomerNoticesPanel } from '../../../features/customers/components/customer-notices-panel.tsx';
import { ServiceAgreementPanel } from '../../../features/customers/components/service-agreement-panel.tsx';
import { frequencyWords } from '../../../features/visits/frequency-words.ts';
import { useAddon } from '../../../features/auth/api/use-addon.ts';
import { useCustomerReports } from '../../../features/inspections/api/get-customer-reports.ts';
import { useInspection } from '../../../features/inspections/api/get-inspection.ts';
import { InspectionDetail } from '../../../features/inspections/components/inspection-detail.tsx';
import { InspectionList } from '../../../features/inspections/components/inspection-list.tsx';
import { JournalPanel } from '../../../features/journal/components/journal-panel.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageLoader } from '../../../components/page-loader.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { CustomerBillingCard } from '../../../features/billing/components/customer-billing-card.tsx';
import { billingPolicy } from '../../../../shared/features/billing/billing.policy.ts';
import { FeedbackList } from '../../../features/feedback/components/feedback-list.tsx';
import { FeedbackTrendCard } from '../../../features/feedback/components/feedback-trend-card.tsx';
import { useCustomerLocations } from '../../../features/locations/api/get-locations.ts';
import { CustomerLocations } from '../../../features/locations/components/customer-locations.tsx';
import { PortalUsersPanel } from '../../../features/portal-users/components/portal-users-panel.tsx';
import { CustomerRemindersCard } from '../../../features/reminders/components/customer-reminders-card.tsx';
import { KeysPanel } from '../../../features/keys/components/keys-panel.tsx';
import { keysPolicy } from '../../../../shared/features/keys/keys.policy.ts';
import { CustomerProductsPanel } from '../../../features/supplies/components/customer-products-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { useServices } from '../../../features/services/api/get-services.ts';
import { useStaff } from '../../../features/staff/api/get-staff.ts';
import { AccountServicesPanel } from '../../../features/visits/components/account-services-panel.tsx';
import type { FormChoices } from '../../../features/visits/components/account-service-form.tsx';
import { VisitList } from '../../../features/visits/components/visit-list.tsx';
import { visitsPolicy } from '../../../../shared/features/visits/visits.policy.ts';
import { customerTabs, type CustomerTab } from '../../detail-tabs.ts';
import { oneOf } from '../../search-params.ts';
import { customersPolicy } from '../../../../shared/features/customers/customers.policy.ts';
import { remindersPolicy } from '../../../../shared/features/reminders/reminders.policy.ts';
import { journalPolicy } from '../../../../shared/features/journal/journal.policy.ts';
import { resourcesPolicy } from '../../../../shared/features/resources/resources.policy.ts';
import { filesPolicy } from '../../../../shared/features/files/files.policy.ts';
import { ResourcesPanel } from '../../../features/resources/components/resources-panel.tsx';
import { useFileSettings } from '../../../features/files/api/get-file-settings.ts';

const officeRoute = getRouteApi('/office');
const customerRoute = getRouteApi('/office/customers/$customerId');

// Each tab's words are in the catalogue under customers:detail.tabs.<key>.
const tabs = {
  overview: { key: 'overview', icon: IconInfoCircle },
  locations: { key: 'locations', icon: IconMapPin },
  services: { key: 'services', icon: IconRepeat },
  visits: { key: 'visits', icon: IconCalendarEvent },
  'portal-users': { key: 'portalUsers', icon: IconUsers },
  requests: { key: 'requests', icon: IconMessage2 },
  supplies: { key: 'supplies', icon: IconPackage },
  keys: { key: 'keys', icon: IconKey },
  feedback: { key: 'feedback', icon: IconMoodSmile },
  journal: { key: 'journal', icon: IconNotebook },
  resources: { key: 'resources', icon: IconFolder },
  reports: { key: 'reports', icon: IconClipboardCheck },
  notifications: { key: 'notifications', icon: IconBell },
  agreement: { key: 'agreement', icon: IconFileDescription },
} as const satisfies Record<CustomerTab, { key: string; icon: Icon }>;

/** The customer's requests live in the inbox, where they can be worked; this tab opens it filtered to them. */
function CustomerRequests({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  return (
    <Card withBorder padding="xl" shadow="xs" maw={720}>
      <ThemeIcon size={44} radius="md" variant="light" mb="md">
        <IconMessage2 size={24} aria-hidden />
      </ThemeIcon>
      <Title order={2} fz="lg" mb={6}>
        {t('detail.requests.title')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('detail.requests.description')}
      </Text>
      <ButtonLink to="/office/requests" search={{ customerId, status: 'all' }} variant="light">
        {t('detail.requests.open')}
      </ButtonLink>
    </Card>
  );
}

function CustomerPortalUsers({ customerId, customerName, archived, canManage }: { customerId: string; customerName: string; archived: boolean; canManage: boolean }) {
  const locations = useCustomerLocations(customerId);
  return (
    <PortalUsersPanel
      customerId={customerId}
      customerName={customerName}
      customerArchived={archived}
      locations={(locations.data?.items ?? []).map(({ id, name }) => ({ id, name }))}
      canManage={canManage}
    />
  );
}

/** The form's choices come from three features, so the page gathers them; only people who may change services load them. */
function CustomerServices({ customerId, currency, canManage }: { customerId: string; currency: string; canManage: boolean }) {
  const locations = useCustomerLocations(customerId);
  const services = useServices();
  const staff = useStaff({ enabled: canManage });
  const choices: FormChoices | null =
    canManage && locations.data && services.data && staff.data
      ? {
          locations: locations.data.items.map(({ id, name }) => ({ id, name })),
          services: services.data.items.filter((service) => service.active).map(({ id, name }) => ({ id, name })),
          staff: staff.data.items.filter((member) => member.state !== 'deactivated').map(({ id, name }) => ({ id, name })),
          currency,
        }
      : null;
  return <AccountServicesPanel customerId={customerId} choices={choices} />;
}

/** The key ring needs the customer's locations, from the locations feature: the page hands them over. */
function CustomerKeys({ customerId, canManage }: { customerId: string; canManage: boolean }) {
  const locations = useCustomerLocations(customerId);
  return <KeysPanel customerId={customerId} locations={locations.data?.items.map(({ id, name }) => ({ id, name }))} canManage={canManage} />;
}

function CustomerFeedback({ customerId }: { customerId: string }) {
  const [page, setPage] = useState(1);
  return (
    <Stack gap="lg">
      <FeedbackTrendCard params={{ customerId }} />
      <div>
        <FeedbackList params={{ customerId, page, pageSize: 10 }} filtered={false} onClearFilters={() => { setPage(1); }} onPageChange={setPage} />
      </div>
    </Stack>
  );
}

function OfficeInspectionDetail({ id }: { id: string }) {
  const query = useInspection(id);
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageLoader />;
  return <InspectionDetail inspection={query.data} />;
}

const reportsPageSize = 20;

/** The Reports tab (the audits add-on): the customer's inspections, each opening to its areas. */
function CustomerReports({ customerId }: { customerId: string }) {
  const { t } = useTranslation('customers');
  const [page, setPage] = useState(1);
  const query = useCustomerReports(customerId, { page, pageSize: reportsPageSize });
  if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('detail.reports.loadFailed')} />;
  if (!query.data) return <PageLoader />;
  return (
    <Stack gap="md" maw={960}>
      <Text c="dimmed">{t('detail.reports.description')}</Text>
      {query.data.items.length === 0 ? (
        <Card withBorder radius="lg">
          <EmptyState icon={<IconClipboardCheck size={28} />} title={t('detail.reports.emptyTitle')} description={t('detail.reports.empty')} />
        </Card>
      ) : (
        <>
          <InspectionList items={query.data.items} showPlace={false} renderDetail={(id) => <OfficeInspectionDetail id={id} />} />
          <PaginationFooter page={page} pageSize={reportsPageSize} total={query.data.total} onPageChange={setPage} showing={(range) => t('detail.reports.showing', range)} />
        </>
      )}
    </Stack>
  );
}

/** The agreement's services say how often they come in the visits feature's words. */
function CustomerAgreement({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation('visits');
  return <ServiceAgreementPanel customerId={customerId} frequencyLabel={(frequency) => frequencyWords(t, frequency, i18n.language)} />;
}

export function CustomerDetailPage() {
  const { t } = useTranslation('customers');
  const { me } = officeRoute.useRouteContext();
  const { customerId } = customerRoute.useParams();
  const { tab = 'overview' } = customerRoute.useSearch();
  const navigate = customerRoute.useNavigate();
  const query = useCustomer(customerId);
  usePageTitle(query.data?.name ?? t('thing'));
  const canManage = hasRoleAtLeast(me.user.role, customersPolicy.manage);
  const audits = useAddon('audits');
  const texts = useAddon('textMessaging');
  const invoicing = useAddon('invoiceCalculation');
  const mayReadAgreement = invoicing && hasRoleAtLeast(me.user.role, customersPolicy.agreements);
  const mayReadNotices = hasRoleAtLeast(me.user.role, customersPolicy.readNotices);
  // A tab the company's add-ons leave out is not offered, and a link to it opens the overview.
  const mayKeepJournal = hasRoleAtLeast(me.user.role, journalPolicy.write);
  const mayReadResources = hasRoleAtLeast(me.user.role, resourcesPolicy.read);
  const canManageResources = hasRoleAtLeast(me.user.role, resourcesPolicy.manage);
  const fileSettings = useFileSettings(canManageResources && hasRoleAtLeast(me.user.role, filesPolicy.manage) && tab === 'resources');
  const hidden: Partial<Record<CustomerTab, boolean>> = { reports: !audits, journal: !mayKeepJournal, agreement: !mayReadAgreement, notifications: !mayReadNotices, resources: !mayReadResources };
  const shownTabs = customerTabs.filter((value) => !hidden[value]);
  const shownTab = shownTabs.includes(tab) ? tab : 'overview';

  return (
    <DetailQueryState query={query} thing="customer">
      {(customer) => (
        <>
          <AnchorLink to="/office/customers" size="sm" mb="xs" display="inline-block">
            {t('backToList')}
          </AnchorLink>
          <CustomerHeader customer={customer} canManage={canManage} />
          <Tabs
            value={shownTab}
            onChange={(value) => {
              const next = oneOf(customerTabs, value);
              // Its own customer, named: a tap on a page still shown while the next one loads must not take the next one's address.
              void navigate({ to: '/office/customers/$customerId', params: { customerId }, search: { tab: next === 'overview' ? undefined : next }, replace: true });
            }}
            keepMounted={false}
          >
            <ScrollingTabsList>
              {shownTabs.map((value) => {
                const { key, icon: TabIcon } = tabs[value];
                return (
                  <Tabs.Tab key={value} value={value} leftSection={<TabIcon size={16} aria-hidden />} style={{ flexShrink: 0 }}>
                    {t(`detail.tabs.${key}`)}
                  </Tabs.Tab>
                );
              })}
            </ScrollingTabsList>
            <Tabs.Panel value="overview">
              <Stack gap="lg">
                <CustomerOverview customer={customer} messaging={{ allowed: hasRoleAtLeast(me.user.role, customersPolicy.messageContacts), textsOn: texts, sender: me.user.email }} />
                <OwnerCustomFieldsCard kind="customer" id={customer.id} />
                {hasRoleAtLeast(me.user.role, billingPolicy.read) ? <CustomerBillingCard customerId={customer.id} /> : null}
                <CustomerRemindersCard customerId={customer.id} canManage={hasRoleAtLeast(me.user.role, remindersPolicy.manage)} />
                <AssociatedStaffCard customerId={customer.id} />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="locations">
              <CustomerLocations customerId={customer.id} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="services">
              <CustomerServices customerId={customer.id} currency={me.company.currency} canManage={hasRoleAtLeast(me.user.role, visitsPolicy.manage)} />
            </Tabs.Panel>
            <Tabs.Panel value="visits">
              <VisitList customerId={customer.id} />
            </Tabs.Panel>
            <Tabs.Panel value="portal-users">
              <CustomerPortalUsers customerId={customer.id} customerName={customer.name} archived={Boolean(customer.archivedAt)} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="supplies">
              <CustomerProductsPanel customerId={customer.id} customerName={customer.name} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="keys">
              <CustomerKeys customerId={customer.id} canManage={hasRoleAtLeast(me.user.role, keysPolicy.manage)} />
            </Tabs.Panel>
            <Tabs.Panel value="feedback">
              <CustomerFeedback customerId={customer.id} />
            </Tabs.Panel>
            <Tabs.Panel value="requests">
              <CustomerRequests customerId={customer.id} />
            </Tabs.Panel>
            <Tabs.Panel value="journal">
              <JournalPanel customerId={customer.id} viewer={{ id: me.user.id, role: me.user.role }} />
            </Tabs.Panel>
            <Tabs.Panel value="notifications">
              <CustomerNoticesPanel customerId={customer.id} canManage={hasRoleAtLeast(me.user.role, customersPolicy.manageNotices)} />
            </Tabs.Panel>
            {mayReadAgreement ? (
              <Tabs.Panel value="agreement">
                <CustomerAgreement customerId={customer.id} />
              </Tabs.Panel>
            ) : null}
            <Tabs.Panel value="resources">
              <ResourcesPanel customerId={customer.id} canManage={canManageResources} uploadLimitMb={fileSettings.data?.uploadLimitMb ?? null} />
            </Tabs.Panel>
            {audits ? (
              <Tabs.Panel value="reports">
                <CustomerReports customerId={customer.id} />
              </Tabs.Panel>
            ) : null}
          </Tabs>
        </>
      )}
    </DetailQueryState>
  );
}
