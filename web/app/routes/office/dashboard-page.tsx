import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { useDashboard } from '../../../features/dashboard/api/get-dashboard.ts';
import { DashboardStats } from '../../../features/dashboard/components/dashboard-stats.tsx';
import { GettingStartedCard } from '../../../features/dashboard/components/getting-started-card.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

function greeting(hour: number): string {
  if (hour < 12) return 'Good morning';
  if (hour < 18) return 'Good afternoon';
  return 'Good evening';
}

export function DashboardPage() {
  usePageTitle('Dashboard');
  const { me } = officeRoute.useRouteContext();
  const dashboard = useDashboard();
  const firstName = me.user.name.trim().split(/\s+/)[0] ?? me.user.name;

  return (
    <>
      <PageHeader
        title={`${greeting(new Date().getHours())}, ${firstName}`}
        description={`Here is how ${me.tenant.name} is doing today.`}
      />
      <Stack gap="lg">
        <DashboardStats data={dashboard.data} error={dashboard.error} />
        <GettingStartedCard data={dashboard.data} portalSlug={me.tenant.slug} />
      </Stack>
    </>
  );
}
