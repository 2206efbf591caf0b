import { NativeSelect, Tabs } from '@mantine/core';
import { IconListDetails, IconPackage } from '@tabler/icons-react';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { supplyOrderStatuses } from '../../../../shared/features/supplies/supplies.contract.ts';
import { hasRoleAtLeast } from '../../../../shared/roles.ts';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ScrollingTabsList } from '../../../components/scrolling-tabs-list.tsx';
import { CustomerLocationFilters } from './customer-location-filters.tsx';
import { SupplyOrdersList } from '../../../features/supplies/components/supply-orders-list.tsx';
import { SupplyProductsPanel } from '../../../features/supplies/components/supply-products-panel.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';
import { suppliesTabs } from '../../detail-tabs.ts';
import { oneOf, pageForUrl, pageOrFirst } from '../../search-params.ts';
import { suppliesPolicy } from '../../../../shared/features/supplies/supplies.policy.ts';

const officeRoute = getRouteApi('/office');
const suppliesRoute = getRouteApi('/office/supplies');

const pageSize = 25;

function OrdersTab({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation(['supplies', 'common']);
  const search = suppliesRoute.useSearch();
  const navigate = suppliesRoute.useNavigate();
  type Filters = Pick<typeof search, 'status' | 'locationId' | 'customerId'>;

  function change(next: Partial<Filters>) {
    void navigate({ search: (previous) => ({ ...previous, ...next, page: undefined }) });
  }

  const statusOptions = [
    { value: '', label: t('page.anyStatus') },
    ...supplyOrderStatuses.map((status) => ({ value: status, label: t(`status.${status}`) })),
  ];

  return (
    <>
      <FilterBar activeCount={[search.status, search.customerId, search.locationId].filter(Boolean).length}>
        <NativeSelect
          label={t('common:fields.status')}
          data={statusOptions}
          value={search.status ?? ''}
          onChange={(event) => { change({ status: oneOf(supplyOrderStatuses, event.currentTarget.value) }); }}
          size="md"
          w={{ base: '100%', xs: 170 }}
        />
        <CustomerLocationFilters customerId={search.customerId} locationId={search.locationId} onChange={change} />
      </FilterBar>
      <SupplyOrdersList
        params={{ status: search.status, locationId: search.locationId, customerId: search.customerId, page: pageOrFirst(search.page), pageSize }}
        filtered={Boolean(search.status || search.locationId || search.customerId)}
        onClearFilters={() => void navigate({ search: {} })}
        onPageChange={(page) => void navigate({ search: (previous) => ({ ...previous, page: pageForUrl(page) }) })}
        canManage={canManage}
      />
    </>
  );
}

export function SuppliesPage() {
  const { t } = useTranslation('supplies');
  usePageTitle(t('page.title'));
  const { me } = officeRoute.useRouteContext();
  const { tab = 'orders' } = suppliesRoute.useSearch();
  const navigate = suppliesRoute.useNavigate();
  const canManage = hasRoleAtLeast(me.user.role, suppliesPolicy.manage);

  return (
    <>
      <PageHeader title={t('page.title')} description={t('page.description')} />
      <Tabs
        value={tab}
        onChange={(value) => {
          const next = oneOf(suppliesTabs, value);
          void navigate({ search: { tab: next === 'orders' ? undefined : next } });
        }}
        keepMounted={false}
      >
        <ScrollingTabsList>
          <Tabs.Tab value="orders" leftSection={<IconListDetails size={16} aria-hidden />}>
            {t('page.orders')}
          </Tabs.Tab>
          <Tabs.Tab value="products" leftSection={<IconPackage size={16} aria-hidden />}>
            {t('page.products')}
          </Tabs.Tab>
        </ScrollingTabsList>
        <Tabs.Panel value="orders">
          <OrdersTab canManage={canManage} />
        </Tabs.Panel>
        <Tabs.Panel value="products">
          <SupplyProductsPanel canManage={canManage} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
