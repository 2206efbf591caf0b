import { Alert, SimpleGrid } from '@mantine/core';
import { IconBuildingStore, IconId, IconMapPin, IconUsersGroup } from '@tabler/icons-react';
import type { OfficeDashboard } from '../../../../shared/features/dashboard/dashboard.contract.ts';
import { isApiError } from '../../../lib/api-client.ts';
import { StatCard } from './stat-card.tsx';

interface DashboardStatsProps {
  data: OfficeDashboard | undefined;
  error: unknown;
}

export function DashboardStats({ data, error }: DashboardStatsProps) {
  if (error) {
    return (
      <Alert color="red" variant="light" title="The numbers could not be loaded">
        {isApiError(error) ? error.message : 'Please reload the page.'}
      </Alert>
    );
  }
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="md">
      <StatCard
        label="Customers"
        value={data?.customers}
        hint="Active commercial and residential accounts"
        icon={<IconBuildingStore size={24} aria-hidden />}
        color="porter"
      />
      <StatCard
        label="Locations"
        value={data?.locations}
        hint="Sites and homes you clean"
        icon={<IconMapPin size={24} aria-hidden />}
        color="blue"
      />
      <StatCard
        label="Portal users"
        value={data?.portalUsers}
        hint="Customer contacts who can sign in"
        icon={<IconUsersGroup size={24} aria-hidden />}
        color="grape"
      />
      <StatCard
        label="Staff"
        value={data?.staff}
        hint="Team members, all roles"
        icon={<IconId size={24} aria-hidden />}
        color="orange"
      />
    </SimpleGrid>
  );
}
