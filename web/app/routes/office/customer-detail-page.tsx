import { Card, Stack, Tabs, Text, ThemeIcon, Title } from '@mantine/core';
import {
  IconCalendarEvent,
  IconFileInvoice,
  IconInfoCircle,
  IconMapPin,
  IconMessage2,
  IconMoodSmile,
  IconNotebook,
  IconPackage,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { DetailQueryState } from '../../../components/detail-query-state.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { ScrollingTabsList } from '../../../components/scrolling-tabs-list.tsx';
import { useCustomer } from '../../../features/customers/api/get-customer.ts';
import { CustomerHeader } from '../../../features/customers/components/customer-header.tsx';
import { CustomerOverview } from '../../../features/customers/components/customer-overview.tsx';
import { FeedbackList } from '../../../features/feedback/components/feedback-list.tsx';
import { FeedbackTrendCard } from '../../../features/feedback/components/feedback-trend-card.tsx';
import { useCustomerLocations } from '../../../features/locations/api/get-locations.ts';
import { CustomerLocations } from '../../../features/locations/components/customer-locations.tsx';
import { PortalUsersPanel } from '../../../features/portal-users/components/portal-users-panel.tsx';
import { CustomerProductsPanel } from '../../../features/supplies/components/customer-products-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { customerTabs, type CustomerTab } from '../../detail-tabs.ts';
import { oneOf } from '../../search-params.ts';
import { customersPolicy } from '../../../../shared/features/customers/customers.policy.ts';

const officeRoute = getRouteApi('/office');
const customerRoute = getRouteApi('/office/customers/$customerId');

const tabLabels: Record<CustomerTab, { label: string; icon: Icon }> = {
  overview: { label: 'Overview', icon: IconInfoCircle },
  locations: { label: 'Locations', icon: IconMapPin },
  'portal-users': { label: 'Portal users', icon: IconUsers },
  requests: { label: 'Requests', icon: IconMessage2 },
  supplies: { label: 'Supplies', icon: IconPackage },
  feedback: { label: 'Feedback', icon: IconMoodSmile },
  visits: { label: 'Visits', icon: IconCalendarEvent },
  billing: { label: 'Billing', icon: IconFileInvoice },
  journal: { label: 'Journal', icon: IconNotebook },
};

const comingSoon: Partial<Record<CustomerTab, string>> = {
  requests: 'Service requests, supply orders and tickets from this customer will be listed here, with their status and replies.',
  visits: 'Scheduled and completed visits at this customer’s locations will show here, with who went and what was done.',
  billing: 'Invoices, payments and prepaid credit for this customer will be kept here.',
  journal: 'A running log of calls, emails and notes about this customer will live here, so the whole office knows the story.',
};

function ComingSoonPanel({ tab }: { tab: CustomerTab }) {
  const { icon: TabIcon, label } = tabLabels[tab];
  return (
    <Card withBorder padding="xl" shadow="xs" maw={720}>
      <ThemeIcon size={44} radius="md" variant="light" mb="md">
        <TabIcon size={24} aria-hidden />
      </ThemeIcon>
      <Title order={2} fz="lg" mb={6}>
        {label}: coming soon
      </Title>
      <Text c="dimmed">{comingSoon[tab]}</Text>
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
  const { me } = officeRoute.useRouteContext();
  const { customerId } = customerRoute.useParams();
  const { tab = 'overview' } = customerRoute.useSearch();
  const navigate = customerRoute.useNavigate();
  const query = useCustomer(customerId);
  usePageTitle(query.data?.name ?? 'Customer');
  const canManage = hasRoleAtLeast(me.user.role, customersPolicy.manage);

  return (
    <DetailQueryState query={query} thing="Customer">
      {(customer) => (
        <>
          <AnchorLink to="/office/customers" size="sm" mb="xs" display="inline-block">
            ← Customers
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
                const { label, icon: TabIcon } = tabLabels[value];
                return (
                  <Tabs.Tab key={value} value={value} leftSection={<TabIcon size={16} aria-hidden />} style={{ flexShrink: 0 }}>
                    {label}
                  </Tabs.Tab>
                );
              })}
            </ScrollingTabsList>
            <Tabs.Panel value="overview">
              <CustomerOverview customer={customer} />
            </Tabs.Panel>
            <Tabs.Panel value="locations">
              <CustomerLocations customerId={customer.id} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="portal-users">
              <CustomerPortalUsers customerId={customer.id} customerName={customer.name} archived={Boolean(customer.archivedAt)} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="supplies">
              <CustomerProductsPanel customerId={customer.id} customerName={customer.name} canManage={canManage} />
            </Tabs.Panel>
            <Tabs.Panel value="feedback">
              <CustomerFeedback customerId={customer.id} />
            </Tabs.Panel>
            {(['requests', 'visits', 'billing', 'journal'] as const).map((value) => (
              <Tabs.Panel key={value} value={value}>
                <ComingSoonPanel tab={value} />
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </DetailQueryState>
  );
}
