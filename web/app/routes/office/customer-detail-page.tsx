import { Card, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCalendarEvent,
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

export function CustomerDetailPage() {
  const { t } = useTranslation('customers');
  const { me } = officeRoute.useRouteContext();
  const { customerId } = customerRoute.useParams();
  const { tab = 'overview' } = customerRoute.useSearch();
  const navigate = customerRoute.useNavigate();
  const query = useCustomer(customerId);
  usePageTitle(query.data?.name ?? t('thing'));
  const canManage = hasRoleAtLeast(me.user.role, customersPolicy.manage);

  return (
    <DetailQueryState query={query} thing="customer">
      {(customer) => (
        <>
          <AnchorLink to="/office/customers" size="sm" mb="xs" display="inline-block">
            {t('backToList')}
          </AnchorLink>
          <CustomerHeader customer={customer} canManage={canManage} />
          <Tabs
            value={tab}
            onChange={(value) => {
              const next = oneOf(customerTabs, value);
              void navigate({ search: { tab: next === 'overview' ? undefined : next }, replace: true });
            }}
            keepMounted={false}
          >
            <ScrollingTabsList>
              {customerTabs.map((value) => {
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
                <CustomerOverview customer={customer} />
                {hasRoleAtLeast(me.user.role, billingPolicy.read) ? <CustomerBillingCard customerId={customer.id} /> : null}
                <CustomerRemindersCard customerId={customer.id} canManage={hasRoleAtLeast(me.user.role, remindersPolicy.manage)} />
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
          </Tabs>
        </>
      )}
    </DetailQueryState>
  );
}
