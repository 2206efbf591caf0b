import { Group, Paper, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('locations');
  const query = useCustomerLocations(customerId);

  function renderBody() {
    if (query.isError && !query.data) return <LoadErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
    if (!query.data) return <TableSkeleton rows={3} />;
    if (query.data.items.length === 0) {
      return (
        <EmptyState
          icon={<IconMapPin size={28} />}
          title={t('customerLocations.emptyTitle')}
          description={t('customerLocations.emptyDescription')}
        />
      );
    }
    return <LocationsTable items={query.data.items} withCustomer={false} />;
  }

  return (
    <>
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Text c="dimmed" size="sm">
          {t('customerLocations.intro')}
        </Text>
        {canManage ? <AddLocationButton customerId={customerId} /> : null}
      </Group>
      <Paper withBorder radius="lg" shadow="xs" style={{ overflow: 'hidden' }} aria-busy={query.isFetching}>
        {renderBody()}
      </Paper>
    </>
  );
}
