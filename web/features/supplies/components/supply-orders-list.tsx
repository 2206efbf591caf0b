import { Button, Drawer, Group, Paper, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconPackage, IconSearchOff } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SupplyOrder } from '../../../../shared/features/supplies/supplies.contract.ts';
import { DetailField } from '../../../components/detail-field.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { ResponsiveTable, type ListColumn } from '../../../components/responsive-table.tsx';
import { AnchorLink } from '../../../components/router-links.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useSupplyOrders, type SupplyOrderListParams } from '../api/get-supply-orders.ts';
import { SupplyOrderActions } from './supply-order-actions.tsx';
import { SupplyOrderLines } from './supply-order-lines.tsx';
import { SupplyOrderStatusBadge } from './supply-order-status-badge.tsx';

interface SupplyOrdersListProps {
  params: SupplyOrderListParams;
  filtered: boolean;
  onClearFilters: () => void;
  onPageChange: (page: number) => void;
  /** Managers and up approve, deliver and cancel orders. */
  canManage: boolean;
}

function itemCount(t: TFunction<'supplies'>, order: SupplyOrder): string {
  const count = order.lines.reduce((sum, line) => sum + line.quantity, 0);
  const products = order.lines.length;
  return t('orders.itemsAndProducts', {
    items: t('orders.items', { count, number: formatNumber(count) }),
    products: t('orders.products', { count: products, number: formatNumber(products) }),
  });
}

interface OrderDrawerProps {
  order: SupplyOrder | null;
  opened: boolean;
  onClose: () => void;
  onSaved: (order: SupplyOrder) => void;
  canManage: boolean;
}

function OrderDrawer({ order, opened, onClose, onSaved, canManage }: OrderDrawerProps) {
  const { t } = useTranslation(['supplies', 'common']);
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="md"
      title={<Text fw={700}>{order ? t('orders.order', { reference: order.reference }) : t('orders.orderUnknown')}</Text>}
      closeButtonProps={{ 'aria-label': t('orders.closeOrder') }}
    >
      {order ? (
        <Stack gap="lg">
          <Group gap="sm">
            <SupplyOrderStatusBadge status={order.status} size="lg" />
            <Text size="sm" c="dimmed">
              <PlaceTime at={order.createdAt} zone={order.locationTimeZone} />
            </Text>
          </Group>
          <SimpleGrid cols={2} spacing="md">
            <DetailField label={t('common:fields.customer')}>
              <AnchorLink to="/office/customers/$customerId" params={{ customerId: order.customerId }}>
                {order.customerName}
              </AnchorLink>
            </DetailField>
            <DetailField label={t('common:fields.location')}>
              <AnchorLink to="/office/locations/$locationId" params={{ locationId: order.locationId }}>
                {order.locationName}
              </AnchorLink>
            </DetailField>
            <DetailField label={t('orders.orderedBy')}>{order.requestedBy}</DetailField>
            <DetailField label={t('orders.lastChange')}>
              <PlaceTime at={order.updatedAt} zone={order.locationTimeZone} />
            </DetailField>
          </SimpleGrid>
          <Paper withBorder radius="md" p="xs">
            <SupplyOrderLines lines={order.lines} />
          </Paper>
          {order.note ? <DetailField label={t('orders.noteFromCustomer')}>{order.note}</DetailField> : null}
          {order.noteToCustomer ? <DetailField label={t('orders.noteToCustomer')}>{order.noteToCustomer}</DetailField> : null}
          {canManage ? <SupplyOrderActions order={order} onSaved={onSaved} /> : null}
        </Stack>
      ) : null}
    </Drawer>
  );
}

function OrdersTable({ items, onOpen }: { items: SupplyOrder[]; onOpen: (order: SupplyOrder) => void }) {
  const { t } = useTranslation(['supplies', 'common']);
  const columns: ListColumn<SupplyOrder>[] = [
    {
      key: 'reference',
      header: t('orders.columns.reference'),
      card: 'title',
      nowrap: true,
      // The row opens on a click; this button makes it reachable by keyboard too.
      cell: (order) => (
        <UnstyledButton fz="sm" fw={order.status === 'submitted' ? 800 : 600} c="var(--mantine-color-anchor)" td="underline" onClick={() => { onOpen(order); }}>
          {order.reference}
        </UnstyledButton>
      ),
    },
    { key: 'status', header: t('common:fields.status'), card: 'aside', cell: (order) => <SupplyOrderStatusBadge status={order.status} /> },
    {
      key: 'date',
      header: t('orders.columns.date'),
      nowrap: true,
      cell: (order) => (
        <Text size="sm">
          <PlaceTime at={order.createdAt} zone={order.locationTimeZone} />
        </Text>
      ),
    },
    {
      key: 'customerLocation',
      cardFull: true,
      header: t('orders.columns.customerLocation'),
      maw: 300,
      cell: (order) => (
        <Text size="sm" lineClamp={1}>
          {t('orders.customerAtLocation', { customer: order.customerName, location: order.locationName })}
        </Text>
      ),
    },
    {
      key: 'items',
      header: t('orders.columns.items'),
      nowrap: true,
      cell: (order) => (
        <Text size="sm" c="dimmed">
          {itemCount(t, order)}
        </Text>
      ),
    },
  ];
  return <ResponsiveTable items={items} columns={columns} rowKey={(order) => order.id} label={t('page.orders')} minWidth={760} onOpen={onOpen} />;
}

/** Supply orders from customers, newest first; an order opens in a drawer with its lines and next steps. */
export function SupplyOrdersList({ params, filtered, onClearFilters, onPageChange, canManage }: SupplyOrdersListProps) {
  const { t } = useTranslation(['supplies', 'common']);
  const query = useSupplyOrders(params);
  const [shown, setShown] = useState<SupplyOrder | null>(null);
  const [drawerOpened, setDrawerOpened] = useState(false);
  // A change made by someone else shows in the drawer once the list reloads; one made here shows at once.
  const reloaded = shown ? query.data?.items.find((order) => order.id === shown.id) : undefined;
  const drawerOrder = reloaded && shown && reloaded.updatedAt > shown.updatedAt ? reloaded : shown;

  function open(order: SupplyOrder) {
    setShown(order);
    setDrawerOpened(true);
  }

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton />;
    if (query.data.items.length === 0) {
      return filtered ? (
        <EmptyState
          icon={<IconSearchOff size={28} />}
          title={t('orders.noMatch.title')}
          description={t('orders.noMatch.description')}
          action={
            <Button variant="light" onClick={onClearFilters}>
              {t('common:actions.clearFilters')}
            </Button>
          }
        />
      ) : (
        <EmptyState
          icon={<IconPackage size={28} />}
          title={t('orders.empty.title')}
          description={t('orders.empty.description')}
        />
      );
    }
    return <OrdersTable items={query.data.items} onOpen={open} />;
  }

  return (
    <>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
      {query.data ? (
        <PaginationFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={onPageChange} />
      ) : null}
      <OrderDrawer
        order={drawerOrder}
        opened={drawerOpened}
        onClose={() => { setDrawerOpened(false); }}
        onSaved={setShown}
        canManage={canManage}
      />
    </>
  );
}
