import { SimpleGrid } from '@mantine/core';
import { IconBuildingStore, IconId, IconMapPin, IconUsersGroup } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OfficeDashboard } from '../../../../shared/features/dashboard/dashboard.contract.ts';
import { StatCard } from './stat-card.tsx';

/** The company's headline figures; placeholders while they load. */
export function DashboardStats({ data }: { data: OfficeDashboard | undefined }) {
  const { t } = useTranslation('dashboard');
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="md">
      <StatCard
        label={t('stats.customers')}
        value={data?.customers}
        hint={t('stats.customersHint')}
        icon={<IconBuildingStore size={24} aria-hidden />}
        color="porter"
      />
      <StatCard
        label={t('stats.locations')}
        value={data?.locations}
        hint={t('stats.locationsHint')}
        icon={<IconMapPin size={24} aria-hidden />}
        color="blue"
      />
      <StatCard
        label={t('stats.portalUsers')}
        value={data?.portalUsers}
        hint={t('stats.portalUsersHint')}
        icon={<IconUsersGroup size={24} aria-hidden />}
        color="grape"
      />
      <StatCard
        label={t('stats.staff')}
        value={data?.staff}
        hint={t('stats.staffHint')}
        icon={<IconId size={24} aria-hidden />}
        color="orange"
      />
    </SimpleGrid>
  );
}
