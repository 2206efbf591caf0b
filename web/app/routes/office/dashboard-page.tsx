import { Stack } from '@mantine/core';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../../components/load-error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useDashboard } from '../../../features/dashboard/api/get-dashboard.ts';
import { AttentionCard } from '../../../features/dashboard/components/attention-card.tsx';
import { DashboardStats } from '../../../features/dashboard/components/dashboard-stats.tsx';
import { GettingStartedCard } from '../../../features/dashboard/components/getting-started-card.tsx';
import { usePageTitle } from '../../../lib/use-page-title.ts';

const officeRoute = getRouteApi('/office');

// The viewer's own clock for now: the greeting is for the person reading, wherever they are.
function partOfDay(hour: number): 'morning' | 'afternoon' | 'evening' {
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

export function DashboardPage() {
  const { t } = useTranslation('dashboard');
  usePageTitle(t('pageTitle'));
  const { me } = officeRoute.useRouteContext();
  const dashboard = useDashboard();
  const firstName = me.user.name.trim().split(/\s+/)[0] ?? me.user.name;

  return (
    <>
      <PageHeader
        title={t(`greeting.${partOfDay(new Date().getHours())}`, { name: firstName })}
        description={t('description', { company: me.company.name })}
      />
      {dashboard.isError && !dashboard.data ? (
        // Nothing below is shown without its figures: an empty list of things to do would read as "all done".
        <LoadErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} title={t('loadFailed')} />
      ) : (
        <Stack gap="lg">
          <AttentionCard attention={dashboard.data?.attention} />
          <DashboardStats data={dashboard.data} />
          {/* Its ticks are figures too: shown once they are known, so no step reads as done, or as not done, by guess. */}
          {dashboard.data ? <GettingStartedCard data={dashboard.data} portalSlug={me.company.slug} /> : null}
        </Stack>
      )}
    </>
  );
}
