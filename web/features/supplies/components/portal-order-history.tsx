import { Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PaginationFooter } from '../../../components/pagination-footer.tsx';
import { PlaceTime } from '../../../components/place-time.tsx';
import { usePortalSupplyOrders } from '../api/get-portal-supply-orders.ts';
import { SupplyOrderLines } from './supply-order-lines.tsx';
import { SupplyOrderStatusBadge } from './supply-order-status-badge.tsx';

/** Earlier orders at this location, newest first, with what was ordered and where each stands. */
export function PortalOrderHistory({ slug, locationId }: { slug: string; locationId: string }) {
  const { t } = useTranslation('supplies');
  const [page, setPage] = useState(1);
  const query = usePortalSupplyOrders(slug, locationId, page);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} title={t('history.loadFailed')} />;
    if (!query.data) return <Skeleton height={120} radius="lg" />;
    if (query.data.items.length === 0) {
      return (
        <Paper withBorder radius="lg" p="lg">
          <Text c="dimmed" ta="center">
            {t('history.empty')}
          </Text>
        </Paper>
      );
    }
    return (
      <Stack gap="sm" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {query.data.items.map((order) => (
          <Paper key={order.id} component="li" withBorder radius="lg" p="md">
            <Group justify="space-between" gap="xs" mb="xs" wrap="wrap">
              <Group gap="xs" wrap="wrap">
                <Text fw={700} ff="monospace">
                  {order.reference}
                </Text>
                <SupplyOrderStatusBadge status={order.status} />
              </Group>
              <Text size="sm" c="dimmed">
                <PlaceTime at={order.createdAt} zone={order.locationTimeZone} />
              </Text>
            </Group>
            <SupplyOrderLines lines={order.lines} />
            {order.note ? (
              <Text size="sm" c="dimmed" mt="xs" style={{ whiteSpace: 'pre-line' }}>
                {t('history.yourNote', { note: order.note })}
              </Text>
            ) : null}
            {order.noteToCustomer ? (
              <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-line' }}>
                {t('history.fromUs', { note: order.noteToCustomer })}
              </Text>
            ) : null}
          </Paper>
        ))}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-label={t('history.title')}>
      <Title order={2} fz="lg">
        {t('history.title')}
      </Title>
      {renderBody()}
      {/* Most locations have a handful; page buttons appear only when there is more than one page. */}
      {query.data && query.data.total > query.data.pageSize ? <PaginationFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPageChange={setPage} /> : null}
    </Stack>
  );
}
