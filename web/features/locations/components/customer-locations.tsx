import { Group, Paper, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { TableSkeleton } from '../../../components/table-skeleton.tsx';
import { useCustomerLocations } from '../api/get-locations.ts';
import { AddLocationButton } from './add-location-button.tsx';
import { LocationsTable } from './locations-table.tsx';

interface CustomerLocationsProps {
  customerId: string;
  canManage: boolean;
}

/** The Locations tab of a customer: their sites or homes, and a way to add one. */
export function CustomerLocations({ customerId, canManage }: CustomerLocationsProps) {
  const query = useCustomerLocations(customerId);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={3} />;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconMapPin size={28} />}
          title="No locations yet"
          description="Add the sites or homes you clean for this customer, with their address and time zone."
        />
      );
    }
    return <LocationsTable items={query.data.items} withCustomer={false} />;
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          Sites or homes of this customer. Open one to set up its portal and who works there.
        </Text>
        {canManage ? <AddLocationButton customerId={customerId} /> : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
    </>
  );
}
